export * from './db/database.ts';
export * from './db/test-database.ts';
export type * from './schema.ts';
