/**
 * SIMULATED REVIEWERS — for measuring on generated months, never for real claims. Records through
 * recordDecision what reviewers who found every planted error of a month would have decided (the
 * ground truth of @kokuho/synth, turned into PlantedForReview there): a 査定 of the planted line with
 * the kind's 事由 (cut to 0 points), a 返戻 where there is no line to cut, 確定 of every other claim
 * in a person's queue. By default the planted claims that completed automatically are decided too, as
 * a month reviewed in full (before 振分, or found later on 再審査) would have been: that is the history
 * the risk model learns from. Every decision is under the account SIMULATED_REVIEWER, so it cannot be
 * mistaken for a person's. Claims already decided are left as they are (a second run adds nothing).
 */
import { sql } from 'kysely';
import type { FederationCode, YearMonth } from '@kokuho/core/common';
import type { KokuhoDb } from '../db/database.ts';
import { DecisionError, recordDecision } from './record-decision.ts';

export const SIMULATED_REVIEWER = 'simulated-reviewer';

/** A planted error as the simulation needs it (synth: plantedForReview). */
export interface SimulatedPlanted {
  file: string;
  receiptNumber: number;
  line: number;
  adjustable: boolean;
  reasonCode: string;
  label: string;
}

export interface SimulateOptions {
  /** Only the claims in a person's queue (the planted claims completed automatically stay unfound). */
  humanQueuesOnly?: boolean;
}

export interface SimulationReport {
  adjusted: number;
  returned: number;
  confirmed: number;
  /** Claims with a decision before: left alone. */
  skipped: number;
  /** Planted claims not in review (returned at intake, or not stored). */
  notInReview: number;
}

interface Row {
  file_id: number;
  seq: number;
  file_name: string;
  receipt_number: number;
  kind: string;
  first_line: number;
  body: string | null;
  queue: string;
  decided: boolean;
}

/** The line to cut: the planted one, or in a 剤 the line after it that carries the points. */
function lineToCut(body: string, firstLine: number, line: number): number | undefined {
  const lines = body.split('\n');
  for (let n = line; n < line + 12; n++) {
    const f = (lines[n - firstLine] ?? '').split(',');
    if (!['SI', 'IY', 'TO'].includes(f[0] ?? '')) return undefined;
    if (/^\d+$/.test(f[5] ?? '') && Number(f[5]) > 0) return n;
  }
  return undefined;
}

export async function simulateReviewers(k: KokuhoDb, federation: FederationCode, month: YearMonth, planted: readonly SimulatedPlanted[], o: SimulateOptions = {}): Promise<SimulationReport> {
  const report: SimulationReport = { adjusted: 0, returned: 0, confirmed: 0, skipped: 0, notInReview: 0 };
  const byKey = new Map(planted.map((p) => [`${p.file}#${p.receiptNumber}`, p]));
  // the bodies only of planted claims: the others are confirmed or left alone
  const rows = await k.withFederation(federation, async (trx) => (await sql<Row>`
    select i.file_id, i.seq, f.file_name, c.receipt_number, c.kind, c.first_line, i.queue,
           case when p.key is not null then c.body end as body,
           exists (select 1 from review_decisions d where d.federation_code = i.federation_code and d.file_id = i.file_id and d.seq = i.seq) as decided
    from review_items i
    join claims c on c.federation_code = i.federation_code and c.file_id = i.file_id and c.seq = i.seq
    join intake_files f on f.federation_code = c.federation_code and f.file_id = c.file_id
    left join unnest(${[...byKey.keys()]}::text[]) as p(key) on p.key = f.file_name || '#' || c.receipt_number
    where i.service_month = ${month} and c.state = 'current'
    order by i.file_id, i.seq`.execute(trx)).rows);
  const reviewed = new Set<string>();
  for (const r of rows) {
    const key = `${r.file_name}#${r.receipt_number}`;
    reviewed.add(key);
    const p = byKey.get(key);
    const human = r.queue !== 'auto';
    if (!human && (!p || o.humanQueuesOnly)) continue;
    if (r.decided) {
      report.skipped++;
      continue;
    }
    const claim = { fileId: Number(r.file_id), seq: r.seq };
    if (p) {
      const line = p.adjustable && r.body !== null && (r.kind === 'medical' || r.kind === 'dpc') ? lineToCut(r.body, r.first_line, p.line) : undefined;
      try {
        if (line === undefined) throw new DecisionError('INVALID', 'no line to cut');
        await recordDecision(k, federation, SIMULATED_REVIEWER, { ...claim, decision: 'adjust', line, pointsAfter: 0, reasonCode: p.reasonCode, reasonText: `（模擬審査）${p.label}` });
        report.adjusted++;
      } catch (e) {
        if (!(e instanceof DecisionError)) throw e;
        await recordDecision(k, federation, SIMULATED_REVIEWER, { ...claim, decision: 'return', reasonText: `（模擬審査）${p.label}` });
        report.returned++;
        continue;
      }
    }
    // a person's claim is then closed as decided (a 査定 itself leaves it open)
    if (human) {
      await recordDecision(k, federation, SIMULATED_REVIEWER, { ...claim, decision: 'confirm' });
      if (!p) report.confirmed++;
    }
  }
  for (const key of byKey.keys()) if (!reviewed.has(key)) report.notInReview++;
  return report;
}
