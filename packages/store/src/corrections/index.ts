export type * from './correction-tables.ts';
export * from './correction-case-error.ts';
export * from './claim-standing.ts';
export * from './request-case.ts';
export * from './move-case.ts';
export * from './decide-case.ts';
export * from './read-cases.ts';
export * from './post-case-money.ts';
