export type * from './api-token-tables.ts';
export * from './api-tokens-repository.ts';
