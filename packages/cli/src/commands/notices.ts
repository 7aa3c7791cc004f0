/**
 * `kokuho notices --federation NN --month YYYY-MM [--out DIR] [--sjis] [--no-pdf]`: the month's notices
 * to each provider from the review — 増減点連絡書 (`<provider>-adjustments.csv/.pdf`) and 返戻一覧
 * (`<provider>-returns.csv/.pdf`) — CSV in UTF-8 or Shift_JIS.
 */
import { join } from 'node:path';
import type { Command } from 'commander';
import { federationName } from '@kokuho/core/common';
import { defaultDataDir, openDatabase } from '@kokuho/store';
import { PrintError } from '@kokuho/print';
import { writeProviderNotices } from '@kokuho/store/billing';
import { federationOption, monthOption } from '../lib/options.ts';
import { UsageError } from '../usage-error.ts';

export function register(program: Command): void {
  program
    .command('notices')
    .description('医療機関への通知（増減点連絡書・返戻一覧）を医療機関ごとの CSV・PDF に書き出す')
    .requiredOption('--federation <code>', '連合会（都道府県番号）')
    .requiredOption('--month <YYYY-MM>', '診療年月')
    .option('--out <dir>', '書き出すディレクトリ（既定: データディレクトリの reports/<連合会>/<診療年月>/notices）')
    .option('--sjis', 'CSV を Shift_JIS で書き出す（既定は UTF-8）')
    .option('--no-pdf', 'PDF を書き出さない（CSV のみ）')
    .action(async (opts: { federation: string; month: string; out?: string; sjis?: boolean; pdf: boolean }) => {
      const federation = federationOption(opts.federation);
      const month = monthOption(opts.month);
      const out = opts.out ?? join(defaultDataDir(), 'reports', federation, month, 'notices');
      const k = await openDatabase();
      try {
        const r = await writeProviderNotices(k, federation, month, out, opts.sjis ? 'sjis' : 'utf8', { pdf: opts.pdf }).catch((e: unknown) => {
          throw e instanceof PrintError ? new UsageError(`${e.message}\n（--no-pdf で CSV だけを書き出せます）`) : e;
        });
        console.log(`${federationName(federation)} ${month}診療分: 医療機関 ${r.providers}・査定 ${r.adjustments}行・返戻 ${r.returns}件 → ${out}（${r.files.length}ファイル）`);
      } finally {
        await k.close();
      }
    });
}
