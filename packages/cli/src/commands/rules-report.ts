/** `kokuho rules report [--federation NN] [--month YYYY-MM] [--json]`: hits per rule, federation and month. */
import type { Command } from 'commander';
import { federationName, type FederationCode } from '@kokuho/core/common';
import { openDatabase } from '@kokuho/store';
import { ruleReport } from '@kokuho/store/rules';
import { federationOption, monthOption } from '../lib/options.ts';

export function registerRulesReport(rules: Command): void {
  rules
    .command('report')
    .description('ルールごとの指摘件数・該当レセプト数（連合会・月ごと。--federation を省くと全連合会）')
    .option('--federation <code>', '連合会（都道府県番号 01〜47）')
    .option('--month <YYYY-MM>', '診療年月（既定: すべての月）')
    .option('--json', 'JSON で出力する')
    .action(async (opts: { federation?: string; month?: string; json?: boolean }) => {
      const federation = opts.federation === undefined ? undefined : federationOption(opts.federation);
      const month = opts.month === undefined ? undefined : monthOption(opts.month);
      const k = await openDatabase();
      try {
        const r = await ruleReport(k, federation, month);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
          return;
        }
        if (!r.months.length) console.log('点検の実行記録がありません（kokuho rules run）');
        for (const m of r.months) {
          console.log(`${federationName(m.federation as FederationCode)} ${m.month}: 点検 ${m.claimsChecked} 件・指摘 ${m.findings} 件（${m.lastRunAt ?? ''}）`);
          const rows = r.rules.filter((x) => x.federation === m.federation && x.month === m.month);
          console.log('  ルールID            ランプ 指摘   レセプト  割合    支持率  名称');
          for (const x of rows) {
            const upheld = x.upheld === null ? '   —  ' : `${((x.upheld / Math.max(1, x.decided)) * 100).toFixed(0).padStart(4)}% `;
            console.log(`  ${x.ruleId.padEnd(18)}  ${x.lamp}    ${String(x.findings).padStart(6)} ${String(x.claims).padStart(8)}  ${(x.claimShare * 100).toFixed(2).padStart(5)}%  ${upheld}  ${x.title}`);
          }
        }
      } finally {
        await k.close();
      }
    });
}
