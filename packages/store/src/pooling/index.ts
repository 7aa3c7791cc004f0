export * from './pooling-claims.ts';
export * from './pooling-of-ledger.ts';
