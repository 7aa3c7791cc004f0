/**
 * `kokuho review sort --federation NN --month YYYY-MM [--table FILE] [--json]`: 振分 of the month's
 * checked claims into the review queues (review/sorting.csv by default), with the share that goes to
 * people. Run after `kokuho rules run`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { federationName } from '@kokuho/core/common';
import { QUEUE_LABELS, QUEUES, readSortingTable, type SortingRow } from '@kokuho/core/review';
import { openDatabase } from '@kokuho/store';
import { sortMonth } from '@kokuho/store/review';
import { federationOption, monthOption } from '../lib/options.ts';
import { REPO } from '../lib/paths.ts';

export const REPO_SORTING = join(REPO, 'review', 'sorting.csv');

export function readSortingOrFail(path: string): SortingRow[] {
  const t = readSortingTable(path, readFileSync(path, 'utf8'));
  if (!t.ok) throw new Error(t.errors.join('\n'));
  return t.value;
}

export function register(program: Command): void {
  const review = program.command('review').description('審査（振分・審査の待ち行列）');
  review
    .command('sort')
    .description('点検済みのレセプトを待ち行列（特別審査・審査委員会・事務共助・自動完結）に振り分ける')
    .requiredOption('--federation <code>', '連合会（都道府県番号 01〜47）')
    .requiredOption('--month <YYYY-MM>', '診療年月')
    .option('--table <file>', '振分の表（CSV）', REPO_SORTING)
    .option('--json', 'JSON で出力する')
    .action(async (opts: { federation: string; month: string; table: string; json?: boolean }) => {
      const federation = federationOption(opts.federation);
      const month = monthOption(opts.month);
      const table = readSortingOrFail(opts.table);
      const k = await openDatabase();
      try {
        const r = await sortMonth(k, federation, month, table);
        if (opts.json) return void process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
        console.log(`${federationName(federation)} ${month}: レセプト ${r.claims.toLocaleString()}件を振分（人が見る ${(r.toPeople * 100).toFixed(1)}%、うち県外 ${r.outOfPrefecture}件は優先）`);
        for (const q of QUEUES) console.log(`  ${QUEUE_LABELS[q]}: ${r.byQueue[q].toLocaleString()}件`);
      } finally {
        await k.close();
      }
    });
}
