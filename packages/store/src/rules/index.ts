export { readRuleDirectory } from './read-rule-directory.ts';
export * from './rule-store.ts';
export * from './run-rules-month.ts';
export type * from './rule-tables.ts';
export * from './rule-report.ts';
