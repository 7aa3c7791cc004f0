/** Where the CLI takes its rules from: the versions loaded in the database, after loading the repository's rules/ when none are. */
import { join } from 'node:path';
import { formatRuleFileError, type RuleSet } from '@kokuho/core/rules';
import type { FederationCode } from '@kokuho/core/common';
import type { KokuhoDb } from '@kokuho/store';
import { loadRuleSet, readRuleDirectory, readStoredRuleSet } from '@kokuho/store/rules';
import { REPO } from './paths.ts';

export const REPO_RULES = join(REPO, 'rules');

/** Reads a rules directory; stops with every error listed (file, line, field) when it has any. */
export function readRulesOrFail(dir: string): RuleSet {
  const r = readRuleDirectory(dir);
  if (r.errors.length) {
    for (const e of r.errors) console.error(formatRuleFileError(e));
    throw new Error(`ルールファイルに ${r.errors.length} 件の誤りがあります（${dir}）`);
  }
  return r.ruleSet;
}

export async function hasStoredRules(k: KokuhoDb): Promise<boolean> {
  return (await k.db.selectFrom('rule_versions').select('rule_id').limit(1).execute()).length > 0;
}

/** The stored rules with the federation's adoptions; the repository's rules are loaded first into an empty database. */
export async function storedRules(k: KokuhoDb, federation?: FederationCode): Promise<{ ruleSet: RuleSet; loadedNow: number }> {
  let loadedNow = 0;
  if (!(await hasStoredRules(k))) loadedNow = (await loadRuleSet(k, readRulesOrFail(REPO_RULES))).inserted.length;
  return { ruleSet: await readStoredRuleSet(k, federation), loadedNow };
}
