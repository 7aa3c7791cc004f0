export * from './ledger-types.ts';
export * from './claim-postings.ts';
export * from './month-balance.ts';
export * from './claim-amounts.ts';
