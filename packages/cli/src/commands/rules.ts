/**
 * `kokuho rules …`: the computer checks as managed rules (docs/rules.md).
 *   load [DIR]            rules directory → database (a changed rule needs a new version)
 *   test [DIR]            every rule's own examples (--masters DIR: official master files)
 *   run                   the rules in force over a stored month (--federation, --month)
 *   catalogue             the published catalogue of a federation's rules (JSON or HTML)
 *   report                hit counts per rule, federation and month (自動レポーティング)
 *   adopt                 a federation adopts, disables or overrides a rule for a period
 */
import type { Command } from 'commander';
import { registerRulesAdopt } from './rules-adopt.ts';
import { registerRulesCatalogue } from './rules-catalogue.ts';
import { registerRulesLoad } from './rules-load.ts';
import { registerRulesReport } from './rules-report.ts';
import { registerRulesRun } from './rules-run.ts';
import { registerRulesTest } from './rules-test.ts';

export function register(program: Command): void {
  const rules = program.command('rules').description('コンピュータチェックのルール（読込・試験・実行・公開・集計・採用）');
  for (const sub of [registerRulesLoad, registerRulesTest, registerRulesRun, registerRulesCatalogue, registerRulesReport, registerRulesAdopt]) sub(rules);
}
