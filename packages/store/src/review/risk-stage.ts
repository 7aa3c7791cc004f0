/**
 * The second stage of 振分 (issue 5): after the sorting table (stage 1), the claims it left to
 * complete automatically are scored by the risk model learned from past reviews, and the highest,
 * up to a share of the month's claims, go to the 審査委員会 with the reasons of their rank. Run by
 * sortMonth right after stage 1, which has just put every open claim back where the table says:
 * stage-2 claims a person has begun keep their place and count against the share.
 */
import { sql } from 'kysely';
import type { FederationCode, YearMonth } from '@kokuho/core/common';
import { riskBudget, scoreClaim, TopRisk, type RiskModel, type RiskReason } from '@kokuho/core/review';
import type { KokuhoDb } from '../db/database.ts';
import { openMasterCache } from '../intake/master-cache.ts';
import { riskClaimOfStored, type StoredRiskRow } from './risk-claims.ts';

export interface RiskStageOptions {
  model: RiskModel;
  /** Share of the month's claims stage 2 may send to people (e.g. 0.03). */
  share: number;
  /** Only claims scoring at least this (0–1). */
  minScore?: number;
  pageSize?: number;
}

export interface RiskPick {
  fileId: number;
  seq: number;
  rank: number;
  score: number;
  reasons: string[];
}

export interface RiskStageReport {
  /** Claims stage 2 could still send (the share of the month less alreadySent). */
  budget: number;
  /** Sent to the 審査委員会 by this run. */
  sent: number;
  /** Sent by an earlier run and already begun by a person: kept, within the share. */
  alreadySent: number;
  /** 自動完結 claims scored. */
  scored: number;
  /** The lowest score sent (undefined when none was). */
  cutoff: number | undefined;
  /** The first few sent, strongest first (for the report). */
  top: RiskPick[];
}

const QUEUE = 'committee';

export function riskReasonText(rank: number, score: number, reasons: readonly RiskReason[]): string {
  const head = `リスク順位 ${rank}位（スコア ${(100 * score).toFixed(1)}）`;
  return reasons.length ? `${head}: ${reasons.map((r) => r.text).join('／')}` : head;
}

interface Row extends StoredRiskRow {
  out_of_prefecture: boolean;
}

export async function applyRiskStage(k: KokuhoDb, federation: FederationCode, month: YearMonth, claims: number, o: RiskStageOptions): Promise<RiskStageReport> {
  const pageSize = o.pageSize ?? 5000;
  const alreadySent = Number((await k.withFederation(federation, (trx) => trx.selectFrom('review_items').select((eb) => eb.fn.countAll().as('n'))
    .where('service_month', '=', month).where('stage', '=', 2).where('status', '<>', 'open').executeTakeFirstOrThrow())).n);
  const budget = riskBudget(claims, o.share, alreadySent);
  const report: RiskStageReport = { budget, sent: 0, alreadySent, scored: 0, cutoff: undefined, top: [] };
  if (!budget) return report;
  const masters = await openMasterCache(k);
  await masters.ensureMonths([month]);
  const snapshot = masters.snapshotFor(month);
  const top = new TopRisk<{ fileId: number; seq: number; priority: number; reasons: RiskReason[] }>(budget, o.minScore ?? 0);
  let after = { file: 0, seq: 0 };
  for (;;) {
    const page = await k.withFederation(federation, async (trx) => (await sql<Row>`
      select c.file_id, c.seq, c.kind, c.provider_code, c.service_month, c.first_line, c.body, c.total_points, c.out_of_prefecture
      from review_items i
      join claims c on c.federation_code = i.federation_code and c.file_id = i.file_id and c.seq = i.seq
      where i.service_month = ${month} and i.queue = 'auto' and i.status = 'open' and (i.file_id, i.seq) > (${after.file}, ${after.seq})
      order by i.file_id, i.seq limit ${pageSize}`.execute(trx)).rows);
    if (!page.length) break;
    for (const r of page) {
      const fileId = Number(r.file_id);
      const s = scoreClaim(o.model, riskClaimOfStored(r, snapshot));
      report.scored++;
      // as the 審査委員会 row does: out-of-prefecture claims first (全国決済)
      top.offer({ score: s.score, order: fileId * 1_000_000 + r.seq, item: { fileId, seq: r.seq, priority: r.out_of_prefecture ? 0 : 1, reasons: s.reasons } });
    }
    const last = page[page.length - 1]!;
    after = { file: Number(last.file_id), seq: last.seq };
  }
  const picks = top.ranked();
  if (!picks.length) return report;
  const reasons = picks.map((p, i) => riskReasonText(i + 1, p.score, p.item.reasons));
  await k.withFederation(federation, (trx) => sql`
    update review_items i set queue = ${QUEUE}, stage = 2, risk_score = x.score, reason = x.reason, priority = x.priority
    from unnest(${picks.map((p) => p.item.fileId)}::bigint[], ${picks.map((p) => p.item.seq)}::int[], ${picks.map((p) => p.score)}::real[],
                ${reasons}::text[], ${picks.map((p) => p.item.priority)}::smallint[]) as x(file_id, seq, score, reason, priority)
    where i.federation_code = ${federation} and i.file_id = x.file_id and i.seq = x.seq and i.status = 'open' and i.queue = 'auto'`.execute(trx));
  report.sent = picks.length;
  report.cutoff = picks[picks.length - 1]!.score;
  report.top = picks.slice(0, 5).map((p, i) => ({ fileId: p.item.fileId, seq: p.item.seq, rank: i + 1, score: p.score, reasons: p.item.reasons.map((r) => r.text) }));
  return report;
}
