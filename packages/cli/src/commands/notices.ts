/**
 * `kokuho notices --federation NN --month YYYY-MM [--out DIR] [--sjis]`: the month's notices to each
 * provider from the review — 増減点連絡書 (`<provider>-adjustments.csv`) and 返戻一覧
 * (`<provider>-returns.csv`) — in UTF-8 or Shift_JIS.
 */
import { join } from 'node:path';
import type { Command } from 'commander';
import { federationName } from '@kokuho/core/common';
import { defaultDataDir, openDatabase } from '@kokuho/store';
import { writeProviderNotices } from '@kokuho/store/billing';
import { federationOption, monthOption } from '../lib/options.ts';

export function register(program: Command): void {
  program
    .command('notices')
    .description('医療機関への通知（増減点連絡書・返戻一覧）を医療機関ごとの CSV に書き出す')
    .requiredOption('--federation <code>', '連合会（都道府県番号）')
    .requiredOption('--month <YYYY-MM>', '診療年月')
    .option('--out <dir>', '書き出すディレクトリ（既定: データディレクトリの reports/<連合会>/<診療年月>/notices）')
    .option('--sjis', 'Shift_JIS で書き出す（既定は UTF-8）')
    .action(async (opts: { federation: string; month: string; out?: string; sjis?: boolean }) => {
      const federation = federationOption(opts.federation);
      const month = monthOption(opts.month);
      const out = opts.out ?? join(defaultDataDir(), 'reports', federation, month, 'notices');
      const k = await openDatabase();
      try {
        const r = await writeProviderNotices(k, federation, month, out, opts.sjis ? 'sjis' : 'utf8');
        console.log(`${federationName(federation)} ${month}診療分: 医療機関 ${r.providers}・査定 ${r.adjustments}行・返戻 ${r.returns}件 → ${out}（${r.files.length}ファイル）`);
      } finally {
        await k.close();
      }
    });
}
