/**
 * The risk model of the second stage of 振分, learned from the federation's stored review outcomes
 * of the months before the one to sort: every sorted claim of those months with what became of it —
 * changed (a 査定 of a line or a 返戻), or not (confirmed, or completed automatically). A claim a
 * person still holds undecided tells nothing yet and is left out.
 */
import { sql } from 'kysely';
import { addMonths, type FederationCode, type YearMonth } from '@kokuho/core/common';
import { createRiskModel, learnOutcome, type RiskModel } from '@kokuho/core/review';
import type { KokuhoDb } from '../db/database.ts';
import { openMasterCache } from '../intake/master-cache.ts';
import { riskClaimOfStored, type StoredRiskRow } from './risk-claims.ts';

export interface RiskTraining {
  model: RiskModel;
  /** The months read, oldest first. */
  months: YearMonth[];
  /** Sorted claims of those months left out: in a person's queue, not decided yet. */
  undecided: number;
}

export interface TrainOptions {
  /** How many months back from the month to sort (default 12). */
  months?: number;
  pageSize?: number;
  prior?: number;
}

interface Row extends StoredRiskRow {
  queue: string;
  status: string;
  changed: boolean | null;
  lines: number[] | null;
}

export async function trainRiskModel(k: KokuhoDb, federation: FederationCode, before: YearMonth, o: TrainOptions = {}): Promise<RiskTraining> {
  const earliest = addMonths(before, -(o.months ?? 12));
  const pageSize = o.pageSize ?? 5000;
  const months = (await k.withFederation(federation, (trx) => trx.selectFrom('review_items').select('service_month').distinct()
    .where('service_month', '>=', earliest).where('service_month', '<', before).orderBy('service_month').execute())).map((r) => r.service_month as YearMonth);
  const masters = await openMasterCache(k);
  await masters.ensureMonths(months);
  const model = createRiskModel(o.prior);
  let undecided = 0;
  let after = { file: 0, seq: 0 };
  for (;;) {
    const page = await k.withFederation(federation, async (trx) => (await sql<Row>`
      select c.file_id, c.seq, c.kind, c.provider_code, c.service_month, c.first_line, c.body, c.total_points, i.queue, i.status, d.changed, d.lines
      from review_items i
      join claims c on c.federation_code = i.federation_code and c.file_id = i.file_id and c.seq = i.seq
      left join lateral (
        select bool_or(x.decision in ('adjust', 'return')) as changed, array_agg(x.line) filter (where x.decision = 'adjust') as lines
        from review_decisions x where x.federation_code = i.federation_code and x.file_id = i.file_id and x.seq = i.seq) d on true
      where i.service_month >= ${earliest} and i.service_month < ${before} and c.state = 'current' and (i.file_id, i.seq) > (${after.file}, ${after.seq})
      order by i.file_id, i.seq limit ${pageSize}`.execute(trx)).rows);
    if (!page.length) break;
    for (const r of page) {
      const changed = r.changed === true;
      // 自動完結 is an outcome (paid as billed); a person's open or held claim is not one yet
      if (!changed && r.status !== 'decided' && r.queue !== 'auto') {
        undecided++;
        continue;
      }
      learnOutcome(model, { claim: riskClaimOfStored(r, masters.snapshotFor(r.service_month as YearMonth)), adjusted: changed, adjustedLines: r.lines ?? [] });
    }
    const last = page[page.length - 1]!;
    after = { file: Number(last.file_id), seq: last.seq };
  }
  return { model, months, undecided };
}
