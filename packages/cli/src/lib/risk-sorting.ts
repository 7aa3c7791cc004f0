/**
 * 振分 with both stages, as `review sort`, `review risk-eval` and the demo run it: the risk model is
 * learned from the federation's review outcomes of the months before; without any 査定 or 返戻 there
 * is nothing to learn from and only the sorting table sorts. Printing in Japanese.
 */
import type { FederationCode, YearMonth } from '@kokuho/core/common';
import { QUEUE_LABELS, QUEUES, type SectionRow, type SortingRow } from '@kokuho/core/review';
import type { KokuhoDb } from '@kokuho/store';
import { sortMonth, trainRiskModel, type RiskTraining, type SortReport } from '@kokuho/store/review';
import { UsageError } from '../usage-error.ts';
import { readSectionsOrFail, REPO_SECTIONS } from './sorting-table.ts';

export interface RiskSortOptions {
  /** Share of the month's claims stage 2 may send to people; 0 turns it off. */
  share: number;
  minScore?: number;
  /** Months of review outcomes to learn from. */
  months?: number;
  /** The committee's 部会 (default: the repository's review/committee-sections.csv). */
  sections?: readonly SectionRow[];
}

export interface RiskSorted {
  report: SortReport;
  training: RiskTraining | undefined;
  seconds: { training: number; sorting: number };
}

export function shareOption(value: string, name: string): number {
  const x = Number(value);
  if (!Number.isFinite(x) || x < 0 || x > 1) throw new UsageError(`${name} は 0〜1 の割合です: ${value}`);
  return x;
}

export async function sortWithRisk(k: KokuhoDb, federation: FederationCode, month: YearMonth, table: readonly SortingRow[], o: RiskSortOptions): Promise<RiskSorted> {
  const t0 = performance.now();
  const training = o.share > 0 ? await trainRiskModel(k, federation, month, { months: o.months }) : undefined;
  const t1 = performance.now();
  const risk = training && training.model.adjusted > 0 ? { model: training.model, share: o.share, minScore: o.minScore } : undefined;
  const report = await sortMonth(k, federation, month, table, 5000, risk, o.sections ?? readSectionsOrFail(REPO_SECTIONS));
  return { report, training, seconds: { training: (t1 - t0) / 1000, sorting: (performance.now() - t1) / 1000 } };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export function printRiskSorted(s: RiskSorted, share: number, log: (line: string) => void): void {
  const r = s.report;
  log(`レセプト ${r.claims.toLocaleString()}件のうち、人が見るもの ${pct(r.toPeople)}（第1段階 振分表 ${pct(r.toPeopleStage1)}）、自動完結 ${r.byQueue.auto.toLocaleString()}件`);
  log(`  ${QUEUES.filter((q) => q !== 'auto').map((q) => `${QUEUE_LABELS[q]} ${r.byQueue[q].toLocaleString()}`).join('・')}`);
  if (share <= 0) return log('  第2段階（リスク順位）: 行いません（--risk-share 0）');
  const t = s.training;
  if (!t || !r.risk) return log('  第2段階（リスク順位）: 前の月の審査結果（査定・返戻）がないため行いません');
  log(`  第2段階（リスク順位）: ${t.months.join('・')}の審査結果 ${t.model.claims.toLocaleString()}件（査定・返戻 ${t.model.adjusted.toLocaleString()}件）から学習、`
    + `自動完結のうち ${r.risk.scored.toLocaleString()}件を採点し、上位 ${r.risk.sent.toLocaleString()}件を${QUEUE_LABELS.committee}へ（上限 ${pct(share)}`
    + `${r.risk.alreadySent ? `、審査中の ${r.risk.alreadySent}件を含む` : ''}${r.risk.cutoff !== undefined ? `、最低スコア ${(100 * r.risk.cutoff).toFixed(1)}` : ''}）`);
  for (const p of r.risk.top.slice(0, 3)) log(`    ${p.rank}位 ${(100 * p.score).toFixed(1)}: ${p.reasons.join('／') || '—'}`);
}
