export type * from './settlement-tables.ts';
export * from './settlement-errors.ts';
export * from './month-books.ts';
export * from './settlement-digest.ts';
export * from './settlement-of-books.ts';
export * from './settlement-runs.ts';
export * from './run-settlement.ts';
export * from './verify-settlement.ts';
export * from './write-csv-files.ts';
