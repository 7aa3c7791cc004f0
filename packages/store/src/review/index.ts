export * from './sort-month.ts';
export type * from './review-tables.ts';
