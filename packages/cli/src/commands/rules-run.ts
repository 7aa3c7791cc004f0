/** `kokuho rules run --federation NN --month YYYY-MM [--json]`: the rules in force over the month's stored claims. */
import type { Command } from 'commander';
import { federationName } from '@kokuho/core/common';
import { openDatabase } from '@kokuho/store';
import { runRulesForMonth } from '@kokuho/store/rules';
import { federationOption, monthOption } from '../lib/options.ts';
import { storedRules } from '../lib/rule-source.ts';

export function registerRulesRun(rules: Command): void {
  rules
    .command('run')
    .description('受付済みの月のレセプトに、適用中のルールで点検を行う（再実行しても指摘は重複しない）')
    .requiredOption('--federation <code>', '連合会（都道府県番号 01〜47）')
    .requiredOption('--month <YYYY-MM>', '診療年月')
    .option('--json', '結果を JSON で出力する')
    .action(async (opts: { federation: string; month: string; json?: boolean }) => {
      const federation = federationOption(opts.federation);
      const month = monthOption(opts.month);
      const k = await openDatabase();
      try {
        const { ruleSet, loadedNow } = await storedRules(k, federation);
        const r = await runRulesForMonth(k, { federation, month, ruleSet });
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ ...r, loadedRules: loadedNow }, null, 2)}\n`);
          return;
        }
        if (loadedNow) console.log(`リポジトリのルール ${loadedNow} 件をデータベースに読み込みました`);
        console.log(`${federationName(federation)} ${month}: ルール ${r.rules} 件でレセプト ${r.claims} 件を点検、指摘 ${r.findings} 件（実行番号 ${r.runId}）`);
        if (r.mastersMissing) console.log('注意: この月の基本マスターがないため、傷病名・医薬品の区分を使うルールは判定していません');
        for (const [id, n] of Object.entries(r.byRule).sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${id.padEnd(16)} ${n}`);
      } finally {
        await k.close();
      }
    });
}
