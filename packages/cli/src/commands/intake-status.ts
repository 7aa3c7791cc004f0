/**
 * `kokuho intake-status --federation NN --month YYYY-MM [--json]`: the files of a month's intake
 * with their status (受付中 = a run that stopped; run `kokuho intake` on the file again to resume).
 */
import type { Command } from 'commander';
import { formatWareki } from '@kokuho/core/common';
import { openDatabase } from '@kokuho/store';
import { intakeStatus } from '@kokuho/store/intake';
import { federationOption, monthOption } from '../lib/options.ts';

const STATUS_JA = { receiving: '受付中（中断）', accepted: '受付', refused: '受付不可', replaced: '再送により取下げ' } as const;

export function register(program: Command): void {
  program
    .command('intake-status')
    .description('受付の状況（ファイルごとの状態と件数）を表示する')
    .requiredOption('--federation <code>', '連合会（都道府県番号 01〜47）')
    .requiredOption('--month <YYYY-MM>', '診療年月')
    .option('--json', 'JSON で出力する')
    .action(async (opts: { federation: string; month: string; json?: boolean }) => {
      const federation = federationOption(opts.federation);
      const month = monthOption(opts.month);
      const k = await openDatabase();
      try {
        const rows = await intakeStatus(k, federation, month);
        if (opts.json) {
          process.stdout.write(`${JSON.stringify({ federation, month, files: rows }, null, 2)}\n`);
          return;
        }
        console.log(`${formatWareki(month)}診療分の受付（連合会 ${federation}）: ファイル ${rows.length}`);
        for (const r of rows) {
          const progress = r.status === 'receiving' ? `${r.claimsDone}件まで保存済み` : `レセプト ${r.claims}件（受付 ${r.accepted}・返戻 ${r.returned}・重複 ${r.duplicates}）`;
          console.log(`  ${String(r.fileId).padStart(6)} ${STATUS_JA[r.status]} ${r.provider ?? '—'} ${r.file}: ${progress}`);
          for (const e of r.errors.slice(0, 3)) console.log(`         ${e.code} ${e.message}`);
        }
      } finally {
        await k.close();
      }
    });
}
