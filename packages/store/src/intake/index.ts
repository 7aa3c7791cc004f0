export type * from './intake-tables.ts';
export * from './intake-types.ts';
export * from './file-source.ts';
export * from './intake-session.ts';
export * from './intake-file.ts';
export * from './intake-files.ts';
export * from './receipt-reports.ts';
export * from './observed-findings.ts';
