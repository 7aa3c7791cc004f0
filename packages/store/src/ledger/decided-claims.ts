/**
 * The claims of a service month that are decided for payment, with what pricing needs: 自動完結
 * claims as claimed, and claims whose review ended in 確定 (with any 査定 of their lines). Claims
 * returned (返戻, at intake or by a reviewer) are not paid; claims still under review wait.
 * Points after 査定: each cut line's last decision counts once, times the line's 回数.
 */
import { sql } from 'kysely';
import type { FederationCode, YearMonth } from '@kokuho/core/common';
import type { ClaimPublicExpenseFacts, DecidedClaimFacts } from '@kokuho/core/pricing';
import { BURDEN_PAYERS_BY_CHAR } from '@kokuho/core/uke';
import type { KokuhoDb } from '../db/database.ts';

export type { DecidedClaimFacts };

export interface DecidedMonth {
  claims: DecidedClaimFacts[];
  /** Claims of the month still under review (held or open in a person's queue). */
  pending: number;
  /** Of those, claims of the 特別審査 queue: with the central association's review, posted once it has decided them. */
  pendingSpecial: number;
  returned: number;
}

export interface DecidedClaimsOptions {
  /** Only these claims (a case re-pricing one claim reads just it). */
  only?: readonly { fileId: number; seq: number }[];
  /** Claims read per query (default 5,000): a month of a million claims is never held at once. */
  pageSize?: number;
}

/** The whole month at once: for a few claims or a small month; postings read it page by page. */
export async function decidedClaims(k: KokuhoDb, federation: FederationCode, month: YearMonth, o: DecidedClaimsOptions = {}): Promise<DecidedMonth> {
  const out: DecidedMonth = { claims: [], pending: 0, pendingSpecial: 0, returned: 0 };
  for await (const page of decidedClaimPages(k, federation, month, o)) {
    out.claims.push(...page.claims);
    out.pending += page.pending;
    out.pendingSpecial += page.pendingSpecial;
    out.returned += page.returned;
  }
  return out;
}

/** The month in pages of claims in (file_id, seq) order, each page with its own counts. */
export async function* decidedClaimPages(k: KokuhoDb, federation: FederationCode, month: YearMonth, o: DecidedClaimsOptions = {}): AsyncGenerator<DecidedMonth> {
  if (o.only && !o.only.length) return;
  const pageSize = o.pageSize ?? 5_000;
  // arrays, not a list of row values: PGlite mishandles long row-value lists
  const only = o.only ? sql`and (c.file_id, c.seq) in (select * from unnest(${o.only.map((r) => r.fileId)}::bigint[], ${o.only.map((r) => r.seq)}::integer[]))` : sql``;
  let after = { fileId: -1, seq: -1 };
  for (;;) {
    const page = await k.withFederation(federation, async (trx) => {
      const rows = await sql<{
        file_id: number; seq: number; kind: string; provider_code: string; insurer_number: string | null; insurer_prefecture: string | null; birth_date: string | null;
        receipt_type: string; total_points: number | null; body: string; first_line: number; queue: string | null; status: string | null; last_final: string | null; outcome: string;
      }>`
        select c.file_id, c.seq, c.kind, c.provider_code, c.insurer_number, c.insurer_prefecture, c.birth_date, c.receipt_type, c.total_points, c.body, c.first_line,
               c.outcome, i.queue, i.status,
               (select d.decision from review_decisions d where d.file_id = c.file_id and d.seq = c.seq and d.decision in ('confirm', 'return')
                order by d.decision_id desc limit 1) as last_final
        from claims c left join review_items i on i.file_id = c.file_id and i.seq = c.seq
        where c.service_month = ${month} and c.state = 'current' and (c.file_id, c.seq) > (${after.fileId}, ${after.seq}) ${only}
        order by c.file_id, c.seq limit ${pageSize}`.execute(trx);
      if (!rows.rows.length) return undefined;
      const last = rows.rows[rows.rows.length - 1]!;
      const cuts = await sql<{ file_id: number; seq: number; line: number; points_before: number; points_after: number }>`
        select distinct on (d.file_id, d.seq, d.line) d.file_id, d.seq, d.line, d.points_before, d.points_after
        from review_decisions d join claims c on c.file_id = d.file_id and c.seq = d.seq
        where c.service_month = ${month} and d.decision = 'adjust'
          and (d.file_id, d.seq) > (${after.fileId}, ${after.seq}) and (d.file_id, d.seq) <= (${last.file_id}, ${last.seq})
        order by d.file_id, d.seq, d.line, d.decision_id desc`.execute(trx);
      return { rows: rows.rows, cuts: cuts.rows, last: { fileId: Number(last.file_id), seq: last.seq } };
    });
    if (!page) return;
    after = page.last;
    const cutsOf = new Map<string, typeof page.cuts>();
    for (const c of page.cuts) cutsOf.set(`${c.file_id}|${c.seq}`, [...(cutsOf.get(`${c.file_id}|${c.seq}`) ?? []), c]);
    const out: DecidedMonth = { claims: [], pending: 0, pendingSpecial: 0, returned: 0 };
    for (const r of page.rows) {
      if (r.outcome === 'returned' || r.last_final === 'return') {
        out.returned++;
        continue;
      }
      const auto = r.queue === 'auto' && r.status === 'open';
      if (!auto && r.last_final !== 'confirm') {
        out.pending++;
        if (r.queue === 'special') out.pendingSpecial++;
        continue;
      }
      out.claims.push(facts(r, cutsOf.get(`${r.file_id}|${r.seq}`) ?? []));
    }
    yield out;
    if (page.rows.length < pageSize) return;
  }
}

type ClaimRow = { file_id: number; seq: number; kind: string; provider_code: string; insurer_number: string | null; insurer_prefecture: string | null; birth_date: string | null; receipt_type: string; total_points: number | null; body: string; first_line: number };
type Cut = { line: number; points_before: number; points_after: number };

/** An amount field: undefined when not recorded (an empty field says "none", not 0). */
const statedYen = (v: string | undefined): number | undefined => (v !== undefined && /^\d+$/.test(v.trim()) ? Number(v.trim()) : undefined);

/**
 * RE positions of 病棟区分, 一部負担金区分 (別表8) and レセプト特記事項 by claims.kind: 医科 and DPC
 * (uke-format.md §3 RE), 歯科 and 調剤 (core/uke dental-layouts.ts, pharmacy-layouts.ts; no 病棟区分).
 */
const RE_POSITIONS: Record<string, { ward: number | undefined; lowIncomeClass: number; specialNotes: number }> = {
  medical: { ward: 9, lowIncomeClass: 10, specialNotes: 11 },
  dpc: { ward: 9, lowIncomeClass: 10, specialNotes: 11 },
  dental: { ward: undefined, lowIncomeClass: 9, specialNotes: 10 },
  pharmacy: { ward: undefined, lowIncomeClass: 13, specialNotes: 14 },
};

/** Every payer (医保 and 公費①–④) when the line's 負担区分 is not a code: a cut then lowers each. */
const ALL_PAYERS = 0b11111;

function facts(r: ClaimRow, cuts: readonly Cut[]): DecidedClaimFacts {
  const lines = r.body.split('\n');
  const fields = (prefix: string) => lines.filter((l) => l.startsWith(`${prefix},`)).map((l) => l.split(','));
  const re = fields('RE')[0] ?? [];
  const at = RE_POSITIONS[r.kind] ?? RE_POSITIONS.medical!;
  const ho = fields('HO')[0] ?? [];
  // SI/IY/TO: 負担区分 at index 2, 点数 at index 5, 回数 at index 6
  const lost = cuts.map((c) => {
    const f = lines[c.line - r.first_line]?.split(',') ?? [];
    const burden = f[2]?.length === 1 ? BURDEN_PAYERS_BY_CHAR[f[2].charCodeAt(0)] || ALL_PAYERS : ALL_PAYERS;
    return { points: (c.points_before - c.points_after) * (Number(f[6]) || 1), burden };
  });
  // the claim's points are its main payer's (HO 合計点数 counts the lines 医保 bears; a 公費単独 claim's are
  // the first 公費's): a cut lowers them only on a line that payer bears
  const mainPayer = ho.length ? 1 : 2;
  const reduction = lost.reduce((n, c) => n + (c.burden & mainPayer ? c.points : 0), 0);
  const claimed = r.total_points ?? 0;
  const linesOutsideMainPayer = lines.filter((l) => /^(SI|IY|TO),/.test(l)).filter((l) => {
    const code = l.split(',')[2] ?? '';
    return code.length === 1 && !((BURDEN_PAYERS_BY_CHAR[code.charCodeAt(0)] || ALL_PAYERS) & mainPayer);
  }).length;
  // KO idx: 1 負担者番号, 2 受給者番号, 3 任意給付区分, 5 合計点数, 6 負担金額, 7/8 公費給付対象外来/入院一部負担金, 10/11 食事療養 回数/合計金額
  const publicExpenses = fields('KO').map((f, i): ClaimPublicExpenseFacts => {
    const points = Number(f[5] ?? 0) || 0;
    const bit = 2 << i;
    return {
      payerNumber: (f[1] ?? '').trim(), lawNumber: (f[1] ?? '').trim().slice(0, 2), beneficiaryNumber: (f[2] ?? '').trim(), optionalBenefit: f[3] === '1',
      claimedPoints: points, decidedPoints: Math.max(0, points - lost.reduce((n, c) => n + (c.burden & bit ? c.points : 0), 0)),
      statedCopay: statedYen(f[6]), coveredOutpatientCopay: statedYen(f[7]), coveredInpatientCopay: statedYen(f[8]),
      mealCount: Number(f[10] ?? 0) || 0, mealCost: Number(f[11] ?? 0) || 0,
    };
  });
  return {
    fileId: Number(r.file_id), seq: r.seq, kind: r.kind, providerCode: r.provider_code, insurerNumber: (r.insurer_number ?? '').trim(), insurerPrefecture: r.insurer_prefecture ?? '',
    serviceMonth: `${(re[3] ?? '').slice(0, 4)}-${(re[3] ?? '').slice(4, 6)}`, birthDate: r.birth_date ?? '', receiptType: r.receipt_type,
    claimedPoints: claimed, decidedPoints: Math.max(0, claimed - reduction),
    benefitRatio: re[7] ? Number(re[7]) : undefined, lowIncomeClass: re[at.lowIncomeClass] ?? '', specialNotes: (re[at.specialNotes] ?? '').match(/\d\d/g) ?? [],
    wardTypes: at.ward === undefined ? [] : (re[at.ward] ?? '').match(/\d\d/g) ?? [],
    publicPayers: publicExpenses.map((k) => k.payerNumber), publicExpenses, linesOutsideMainPayer,
    mealCount: Number(ho[7] ?? 0) || 0, mealsYen: Number(ho[8] ?? 0) || 0,
  };
}
