export type * from './ledger-tables.ts';
export * from './post-entries.ts';
export * from './close-month.ts';
export * from './decided-claims.ts';
export * from './post-month.ts';
export * from './post-claims.ts';
