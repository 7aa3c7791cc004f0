/**
 * `kokuho rules test [DIR] [--rule ID] [--masters DIR] [--month YYYY-MM]`: runs every rule's own
 * examples (rules/tests*.csv). Masters: official master files (--masters) or the database's.
 * Exit 1 when a case fails.
 */
import type { Command } from 'commander';
import { runRuleTests } from '@kokuho/core/rules';
import { openDatabase } from '@kokuho/store';
import { openMasterCache } from '@kokuho/store/intake';
import { loadMasters } from '@kokuho/synth';
import { monthOption } from '../lib/options.ts';
import { readRulesOrFail, REPO_RULES } from '../lib/rule-source.ts';

export function registerRulesTest(rules: Command): void {
  rules
    .command('test')
    .description('各ルールの試験事例（指摘すべき事例・指摘しない事例）を実行する')
    .argument('[dir]', 'ルールのディレクトリ', REPO_RULES)
    .option('--rule <id>', 'このルールの事例だけ')
    .option('--masters <dir>', '基本マスターのファイルのディレクトリ（既定: データベースのマスター）')
    .option('--month <YYYY-MM>', 'マスターの診療年月（既定: 各事例の月）')
    .action(async (dir: string, opts: { rule?: string; masters?: string; month?: string }) => {
      const set = readRulesOrFail(dir);
      const month = opts.month === undefined ? undefined : monthOption(opts.month);
      const only = opts.rule ? (t: { ruleId: string }) => t.ruleId === opts.rule : undefined;
      let results;
      if (opts.masters) {
        const loaded = loadMasters(opts.masters);
        const cache = new Map<string, ReturnType<typeof loaded.snapshot>>();
        results = runRuleTests(set, (m) => cache.get(month ?? m) ?? cache.set(month ?? m, loaded.snapshot(month ?? m)).get(month ?? m), only);
      } else {
        const k = await openDatabase();
        try {
          const cache = await openMasterCache(k);
          const months = new Set(set.tests.map((t) => /month (\d{4}-\d{2})/.exec(t.claim)?.[1] ?? '2024-07'));
          await cache.ensureMonths(month ? [month] : months);
          results = runRuleTests(set, (m) => cache.snapshotFor(month ?? m), only);
        } finally {
          await k.close();
        }
      }
      const failed = results.filter((r) => !r.passed);
      for (const f of failed) console.log(`✗ ${f.test.ruleId} ${f.test.name}（${f.test.origin.file}:${f.test.origin.line}）: ${f.problem}`);
      const rulesTested = new Set(results.map((r) => r.test.ruleId)).size;
      console.log(`ルール ${rulesTested} 件・事例 ${results.length} 件: 合格 ${results.length - failed.length} 件、不合格 ${failed.length} 件`);
      if (failed.length) process.exitCode = 1;
    });
}
