/**
 * `kokuho review sort --federation NN --month YYYY-MM [--table FILE] [--risk-share 0.03] [--json]`:
 * 振分 of the month's checked claims into the review queues (review/sorting.csv by default), then the
 * second stage — the riskiest 自動完結 claims by a model learned from earlier months' review outcomes,
 * up to a share of the month — with the share that goes to people. Run after `kokuho rules run`.
 * The risk commands (simulate-decisions, risk-eval) are in review-risk.ts.
 */
import type { Command } from 'commander';
import { federationName } from '@kokuho/core/common';
import { openDatabase } from '@kokuho/store';
import { federationOption, monthOption } from '../lib/options.ts';
import { printRiskSorted, shareOption, sortWithRisk } from '../lib/risk-sorting.ts';
import { readSortingOrFail, REPO_SORTING } from '../lib/sorting-table.ts';
import { registerRiskCommands } from './review-risk.ts';

// the demo reads the table from here
export { readSortingOrFail, REPO_SORTING };

export function register(program: Command): void {
  const review = program.command('review').description('審査（振分・審査の待ち行列）');
  review
    .command('sort')
    .description('点検済みのレセプトを待ち行列（特別審査・審査委員会・事務共助・自動完結）に振り分ける')
    .requiredOption('--federation <code>', '連合会（都道府県番号 01〜47）')
    .requiredOption('--month <YYYY-MM>', '診療年月')
    .option('--table <file>', '振分の表（CSV）', REPO_SORTING)
    .option('--risk-share <share>', '第2段階（リスク順位）で審査委員会へ送る上限（月のレセプトに対する割合、0 で行わない）', '0.03')
    .option('--risk-min-score <score>', '第2段階で送る最低スコア（0〜1）', '0')
    .option('--risk-months <n>', '学習に使う前の月数', '12')
    .option('--json', 'JSON で出力する')
    .action(async (opts: { federation: string; month: string; table: string; riskShare: string; riskMinScore: string; riskMonths: string; json?: boolean }) => {
      const federation = federationOption(opts.federation);
      const month = monthOption(opts.month);
      const table = readSortingOrFail(opts.table);
      const share = shareOption(opts.riskShare, '--risk-share');
      const k = await openDatabase();
      try {
        const s = await sortWithRisk(k, federation, month, table, { share, minScore: shareOption(opts.riskMinScore, '--risk-min-score'), months: Number(opts.riskMonths) || 12 });
        if (opts.json) return void process.stdout.write(`${JSON.stringify({ ...s.report, trainedOn: s.training?.months ?? [] }, null, 2)}\n`);
        console.log(`${federationName(federation)} ${month}: 振分（県外 ${s.report.outOfPrefecture}件は優先）`);
        printRiskSorted(s, share, (line) => console.log(`  ${line}`));
      } finally {
        await k.close();
      }
    });
  registerRiskCommands(review);
}
