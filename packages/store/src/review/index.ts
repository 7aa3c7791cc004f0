export * from './sort-month.ts';
export type * from './review-tables.ts';
export * from './audit-log.ts';
export * from './record-decision.ts';
