export * from './accounts-repository.ts';
export type * from './account-tables.ts';
