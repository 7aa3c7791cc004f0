export { readRuleDirectory } from './read-rule-directory.ts';
