/**
 * 一括確定: many claims confirmed as claimed in one request, for the clean ones only — open for
 * review, of the month asked, with no computer-check finding and no clerical finding. Each
 * confirmation is an ordinary decision (recordDecisionIn) with its own audit entry; all commit
 * together, with the items locked so that no other decision slips between the check and the confirmation.
 */
import { sql } from 'kysely';
import type { FederationCode, YearMonth } from '@kokuho/core/common';
import type { KokuhoDb } from '../db/database.ts';
import { authorityRefusal, recordDecisionIn, type DecisionAuthority } from './record-decision.ts';

export const BULK_CONFIRM_MAX = 500;

export interface ClaimRef {
  fileId: number;
  seq: number;
}

export interface BulkConfirmResult {
  confirmed: ClaimRef[];
  /** With the reason in Japanese, in the order asked. */
  refused: (ClaimRef & { reason: string })[];
}

interface Row {
  file_id: number | string;
  seq: number;
  service_month: string;
  status: string | null;
  queue: string | null;
  findings: boolean;
  clerical: boolean;
}

const REFUSED = {
  duplicate: '同じレセプトが重複して指定されています',
  notFound: 'レセプトが見つかりません',
  notReviewed: '審査の対象ではありません（振分されていないか、返戻されています）',
  held: '保留中のため一括確定できません（個別に判断してください）',
  decided: '判断済みです',
  findings: 'コンピュータチェックの指摘があるため一括確定できません',
  clerical: '事務点検の指摘があるため一括確定できません',
} as const;

export async function confirmCleanClaims(k: KokuhoDb, federation: FederationCode, accountId: string, month: YearMonth, items: readonly ClaimRef[], authority?: DecisionAuthority): Promise<BulkConfirmResult> {
  if (items.length > BULK_CONFIRM_MAX) throw new RangeError(`at most ${BULK_CONFIRM_MAX} claims at once`);
  const result: BulkConfirmResult = { confirmed: [], refused: [] };
  if (!items.length) return result;
  const files = items.map((i) => i.fileId), seqs = items.map((i) => i.seq);
  return k.withFederation(federation, async (trx) => {
    await sql`select 1 from review_items where (file_id, seq) in (select * from unnest(${files}::bigint[], ${seqs}::int[])) for update`.execute(trx);
    const { rows } = await sql<Row>`
      select c.file_id, c.seq, c.service_month, i.status, i.queue,
             exists (select 1 from rule_findings f where f.federation_code = c.federation_code and f.file_id = c.file_id and f.seq = c.seq) as findings,
             exists (select 1 from claim_findings f where f.federation_code = c.federation_code and f.file_id = c.file_id and f.seq = c.seq) as clerical
      from claims c
      left join review_items i on i.federation_code = c.federation_code and i.file_id = c.file_id and i.seq = c.seq
      where c.state = 'current' and (c.file_id, c.seq) in (select * from unnest(${files}::bigint[], ${seqs}::int[]))`.execute(trx);
    const byKey = new Map(rows.map((r) => [`${Number(r.file_id)}|${r.seq}`, r]));
    const seen = new Set<string>();
    for (const ref of items) {
      const key = `${ref.fileId}|${ref.seq}`;
      const r = byKey.get(key);
      const reason = seen.has(key) ? REFUSED.duplicate : !r ? REFUSED.notFound : refusal(r, month, authority);
      seen.add(key);
      if (reason) {
        result.refused.push({ fileId: ref.fileId, seq: ref.seq, reason });
        continue;
      }
      await recordDecisionIn(trx, federation, accountId, { fileId: ref.fileId, seq: ref.seq, decision: 'confirm', authority });
      result.confirmed.push({ fileId: ref.fileId, seq: ref.seq });
    }
    return result;
  });
}

function refusal(r: Row, month: YearMonth, authority: DecisionAuthority | undefined): string | undefined {
  if (r.service_month !== month) return `診療年月が${month}ではありません（${r.service_month}）`;
  if (r.status === null) return REFUSED.notReviewed;
  if (r.status === 'held') return REFUSED.held;
  if (r.status !== 'open') return REFUSED.decided;
  const notYours = authorityRefusal(r.queue ?? undefined, authority);
  if (notYours) return notYours;
  if (r.findings) return REFUSED.findings;
  if (r.clerical) return REFUSED.clerical;
  return undefined;
}
