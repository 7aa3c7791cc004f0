/**
 * 振分 of a month's checked claims into the review queues (review_items), page by page. The lamps a
 * claim shows are those of its rule findings and, as S, its clerical notices (事務点検 findings that
 * did not return it). Returned claims are not reviewed. Sorting again after the rules ran again moves
 * only claims whose review has not begun. With a risk model, the second stage (risk-stage.ts) then
 * sends the riskiest of the 自動完結 claims to the 審査委員会.
 */
import { sql } from 'kysely';
import type { FederationCode, YearMonth } from '@kokuho/core/common';
import { sectionOf, sortClaim, type Queue, type SectionRow, type SortingRow } from '@kokuho/core/review';
import type { KokuhoDb } from '../db/database.ts';
import { kampoClaimsOfMonth } from './kampo-claims.ts';
import { mainDiagnosisIcd10 } from './main-diagnosis-icd10.ts';
import { insertUnnest, type Column } from '../intake/insert-rows.ts';
import type { ReviewItemTable } from './review-tables.ts';
import { applyRiskStage, type RiskStageOptions, type RiskStageReport } from './risk-stage.ts';

export interface SortReport {
  claims: number;
  byQueue: Record<Queue, number>;
  /** Share of the claims that go to a person (every queue but 自動完結), after both stages. */
  toPeople: number;
  /** The same by the sorting table alone (stage 1). */
  toPeopleStage1: number;
  outOfPrefecture: number;
  /** The second stage, when a risk model was given. */
  risk?: RiskStageReport;
}

type Row = Omit<ReviewItemTable, 'status' | 'sorted_at' | 'stage' | 'risk_score' | 'section'> & { section: string | null };
const COLUMNS: readonly Column<Row>[] = [
  ['federation_code', 'text'], ['file_id', 'bigint'], ['seq', 'int'], ['service_month', 'text'], ['queue', 'text'], ['priority', 'smallint'], ['sorting_row', 'int'], ['reason', 'text'], ['section', 'text'],
];

/** `sections`: the committee's 部会 table (review/committee-sections.csv); without it items have no section. */
export async function sortMonth(k: KokuhoDb, federation: FederationCode, month: YearMonth, table: readonly SortingRow[], pageSize = 5000, risk?: RiskStageOptions,
  sections?: readonly SectionRow[]): Promise<SortReport> {
  const report: SortReport = { claims: 0, byQueue: { special: 0, committee: 0, clerical: 0, auto: 0 }, toPeople: 0, toPeopleStage1: 0, outOfPrefecture: 0 };
  // 漢方 特別審査 is decided by the provider's whole month: computed once, before the pages
  const kampo = table.some((r) => r.kampo) ? await k.withFederation(federation, (trx) => kampoClaimsOfMonth(trx, month)) : new Set<string>();
  let after = { file: 0, seq: 0 };
  for (;;) {
    const page = await k.withFederation(federation, async (trx) => {
      const rows = await sql<{ file_id: number; seq: number; kind: string; total_points: number | null; out_of_prefecture: boolean; transplant: boolean; lamps: string[] | null }>`
        select c.file_id, c.seq, c.kind, c.total_points, c.out_of_prefecture,
               position(E'\\nTI,' in c.body) > 0 as transplant,
               (select array_agg(f.lamp) from rule_findings f where f.federation_code = c.federation_code and f.file_id = c.file_id and f.seq = c.seq)
                 || (select array_agg('S'::text) from claim_findings x where x.federation_code = c.federation_code and x.file_id = c.file_id and x.seq = c.seq and x.severity = 'finding') as lamps
        from claims c
        where c.service_month = ${month} and c.state = 'current' and c.outcome <> 'returned' and (c.file_id, c.seq) > (${after.file}, ${after.seq})
        order by c.file_id, c.seq limit ${pageSize}`.execute(trx);
      if (!rows.rows.length) return rows.rows;
      const icd10 = sections ? await mainDiagnosisIcd10(trx, month, rows.rows.map((r) => ({ fileId: Number(r.file_id), seq: r.seq }))) : undefined;
      const items: Row[] = rows.rows.map((r) => {
        const d = sortClaim(table, { kind: r.kind, totalPoints: r.total_points ?? undefined, transplant: r.transplant, kampo: kampo.has(`${r.file_id}|${r.seq}`), outOfPrefecture: r.out_of_prefecture, lamps: (r.lamps ?? []).filter((l): l is 'S' | 'V' => l === 'S' || l === 'V') });
        report.byQueue[d.queue]++;
        if (r.out_of_prefecture) report.outOfPrefecture++;
        return { federation_code: federation, file_id: Number(r.file_id), seq: r.seq, service_month: month, queue: d.queue, priority: d.priority, sorting_row: d.row, reason: d.reason,
          section: sections ? sectionOf(sections, r.kind, icd10!.get(`${r.file_id}|${r.seq}`) ?? '').label : null };
      });
      // a claim whose review has begun keeps its place: only open items are sorted again
      await sql`delete from review_items where status = 'open' and (file_id, seq) in (select * from unnest(${items.map((i) => i.file_id)}::bigint[], ${items.map((i) => i.seq)}::int[]))`.execute(trx);
      const kept = new Set((await trx.selectFrom('review_items').select(['file_id', 'seq'])
        .where(sql<boolean>`(file_id, seq) in (select * from unnest(${items.map((i) => i.file_id)}::bigint[], ${items.map((i) => i.seq)}::int[]))`).execute()).map((r) => `${r.file_id}|${r.seq}`));
      await insertUnnest(trx, 'review_items', COLUMNS, items.filter((i) => !kept.has(`${i.file_id}|${i.seq}`)));
      return rows.rows;
    });
    if (!page.length) break;
    report.claims += page.length;
    const last = page[page.length - 1]!;
    after = { file: Number(last.file_id), seq: last.seq };
  }
  report.toPeopleStage1 = report.claims ? (report.claims - report.byQueue.auto) / report.claims : 0;
  if (risk) {
    report.risk = await applyRiskStage(k, federation, month, report.claims, risk);
    // those stage 2 sent before and a person holds were counted where the table put them (自動完結)
    const moved = report.risk.sent + report.risk.alreadySent;
    report.byQueue.auto -= moved;
    report.byQueue.committee += moved;
  }
  report.toPeople = report.claims ? (report.claims - report.byQueue.auto) / report.claims : 0;
  return report;
}
