/** `kokuho rules catalogue --federation NN --month YYYY-MM [--format json|html] [--out FILE]`: the published catalogue. */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { federationName } from '@kokuho/core/common';
import { catalogueHtml, catalogueOf } from '@kokuho/core/rules';
import { openDatabase } from '@kokuho/store';
import { UsageError } from '../usage-error.ts';
import { federationOption, monthOption } from '../lib/options.ts';
import { storedRules } from '../lib/rule-source.ts';

export function registerRulesCatalogue(rules: Command): void {
  rules
    .command('catalogue')
    .description('連合会が適用するルールの公開用目録（JSON または HTML）')
    .requiredOption('--federation <code>', '連合会（都道府県番号 01〜47）')
    .requiredOption('--month <YYYY-MM>', '診療年月')
    .option('--format <format>', 'json または html', 'json')
    .option('--out <file>', '出力ファイル（既定: 標準出力）')
    .action(async (opts: { federation: string; month: string; format: string; out?: string }) => {
      const federation = federationOption(opts.federation);
      const month = monthOption(opts.month);
      if (opts.format !== 'json' && opts.format !== 'html') throw new UsageError(`--format は json か html です: ${opts.format}`);
      const k = await openDatabase();
      try {
        const { ruleSet } = await storedRules(k, federation);
        const c = catalogueOf(ruleSet, federation, month);
        const text = opts.format === 'html'
          ? catalogueHtml(c, `${federationName(federation)}国民健康保険団体連合会 コンピュータチェック公開（${month}診療分）`)
          : `${JSON.stringify(c, null, 2)}\n`;
        if (opts.out) {
          writeFileSync(opts.out, text);
          console.log(`ルール ${c.rules.length} 件の目録を ${opts.out} に書き出しました`);
        } else process.stdout.write(text);
      } finally {
        await k.close();
      }
    });
}
