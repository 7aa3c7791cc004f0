/**
 * Measuring the second stage of 振分 on generated (labelled) months:
 *   kokuho review simulate-decisions --federation NN --month YYYY-MM --ground-truth DIR|FILE
 *     SIMULATED reviewers: records, from the month's ground truth, what reviewers who found every
 *     planted error would have decided (査定 of the planted line, 返戻, 確定), under the account
 *     `simulated-reviewer` — the labelled history a risk model learns from. Never for real claims.
 *   kokuho review risk-eval --federation NN --month YYYY-MM --ground-truth DIR|FILE [--share 0.03]
 *     sorts the month with both stages (as `review sort` does, the model learned from the months
 *     before) and compares with the ground truth: the share sent to people by stage 1 and 1+2, the
 *     recall of the planted check and judgement errors per kind.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { federationName } from '@kokuho/core/common';
import { openDatabase } from '@kokuho/store';
import { simulateReviewers, sortedClaims } from '@kokuho/store/review';
import { formatRiskRecall, plantedForReview, riskRecall, type GroundTruthEntry } from '@kokuho/synth';
import { federationOption, monthOption } from '../lib/options.ts';
import { printRiskSorted, shareOption, sortWithRisk } from '../lib/risk-sorting.ts';
import { UsageError } from '../usage-error.ts';
import { readSortingOrFail, REPO_SORTING } from '../lib/sorting-table.ts';

/** A generated month's ground-truth.jsonl, or the directory holding it. */
export function readGroundTruth(path: string): GroundTruthEntry[] {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'ground-truth.jsonl') : path;
  if (!existsSync(file)) throw new UsageError(`正解ラベルがありません: ${file}（kokuho generate の出力ディレクトリか ground-truth.jsonl）`);
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GroundTruthEntry);
}

export function registerRiskCommands(review: Command): void {
  review
    .command('simulate-decisions')
    .description('【評価用・模擬】生成した月の正解ラベルから審査結果（査定・返戻・確定）を記録する（実際のレセプトには使わない）')
    .requiredOption('--federation <code>', '連合会（都道府県番号 01〜47）')
    .requiredOption('--month <YYYY-MM>', '診療年月（振分済みの月）')
    .requiredOption('--ground-truth <path>', 'kokuho generate の出力ディレクトリ、または ground-truth.jsonl')
    .option('--human-queues-only', '人の待ち行列のレセプトだけを判断する（自動完結の誤りは見つからないまま）')
    .option('--json', 'JSON で出力する')
    .action(async (opts: { federation: string; month: string; groundTruth: string; humanQueuesOnly?: boolean; json?: boolean }) => {
      const federation = federationOption(opts.federation);
      const month = monthOption(opts.month);
      const planted = plantedForReview(readGroundTruth(opts.groundTruth));
      const k = await openDatabase();
      try {
        const sorted = await k.withFederation(federation, (trx) => trx.selectFrom('review_items').select('seq').where('service_month', '=', month).limit(1).execute());
        if (!sorted.length) throw new UsageError(`${month} は振分されていません。先に kokuho review sort --federation ${federation} --month ${month}`);
        const t = performance.now();
        const r = await simulateReviewers(k, federation, month, planted, { humanQueuesOnly: opts.humanQueuesOnly });
        if (opts.json) return void process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
        console.log(`模擬審査（評価用、担当 simulated-reviewer）${federationName(federation)} ${month}: 正解ラベルの誤り ${planted.length}件から`);
        console.log(`  査定 ${r.adjusted}件・返戻 ${r.returned}件・確定 ${r.confirmed}件（判断済みで対象外 ${r.skipped}件、受付で返戻され審査に来なかったもの ${r.notInReview}件、${((performance.now() - t) / 1000).toFixed(1)}秒）`);
      } finally {
        await k.close();
      }
    });

  review
    .command('risk-eval')
    .description('生成した月で振分（第1段階・第2段階）を行い、正解ラベルと照合して人が見る割合と誤りの再現率を表示する')
    .requiredOption('--federation <code>', '連合会（都道府県番号 01〜47）')
    .requiredOption('--month <YYYY-MM>', '診療年月（点検済みの月。前の月に審査結果があること）')
    .requiredOption('--ground-truth <path>', 'kokuho generate の出力ディレクトリ、または ground-truth.jsonl')
    .option('--share <share>', '第2段階で審査委員会へ送る上限（月のレセプトに対する割合）', '0.03')
    .option('--min-score <score>', '第2段階で送る最低スコア（0〜1）', '0')
    .option('--months <n>', '学習に使う前の月数', '12')
    .option('--table <file>', '振分の表（CSV）', REPO_SORTING)
    .option('--json', 'JSON で出力する')
    .action(async (opts: { federation: string; month: string; groundTruth: string; share: string; minScore: string; months: string; table: string; json?: boolean }) => {
      const federation = federationOption(opts.federation);
      const month = monthOption(opts.month);
      const share = shareOption(opts.share, '--share');
      const truth = readGroundTruth(opts.groundTruth);
      const k = await openDatabase();
      try {
        const s = await sortWithRisk(k, federation, month, readSortingOrFail(opts.table), { share, minScore: shareOption(opts.minScore, '--min-score'), months: Number(opts.months) || 12 });
        if (share > 0 && !s.report.risk) throw new UsageError(`${month} より前の月に審査結果（査定・返戻）がありません。前の月を振分けて kokuho review simulate-decisions を実行してください`);
        const recall = riskRecall(truth, await sortedClaims(k, federation, month));
        if (opts.json) return void process.stdout.write(`${JSON.stringify({ share, trainedOn: s.training?.months ?? [], seconds: s.seconds, sort: s.report, recall }, null, 2)}\n`);
        console.log(`${federationName(federation)} ${month}: 振分の評価（第2段階の上限 ${(100 * share).toFixed(1)}%）`);
        printRiskSorted(s, share, (line) => console.log(`  ${line}`));
        console.log('');
        for (const line of formatRiskRecall(recall)) console.log(`  ${line}`);
        console.log(`  （学習 ${s.seconds.training.toFixed(1)}秒・振分 ${s.seconds.sorting.toFixed(1)}秒）`);
      } finally {
        await k.close();
      }
    });
}
