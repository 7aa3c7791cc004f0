/**
 * What the store knows of a claim for a case: the claim row and when its file was received (受付, the
 * 請求月 of a claim not yet posted: core deadlines.ts), whether it was decided or returned (the
 * rule of ledger/decided-claims.ts: 自動完結 still open, or the last final decision 確定; 返戻 at intake
 * or by a reviewer), every ledger entry and amounts row of the claim (reversals included), and its
 * cases so far. Read inside the caller's federation-bound transaction.
 */
import { sql, type Selectable, type Transaction } from 'kysely';
import type { FederationCode } from '@kokuho/core/common';
import type { CaseState, ClaimRef, ClaimStanding, CorrectionKind, OutcomeType } from '@kokuho/core/corrections';
import type { ClaimAmounts, LedgerAccount, LedgerEntry, Party } from '@kokuho/core/ledger';
import { claimAmountsOf } from '../ledger/post-claims.ts';
import type { LedgerEntryTable } from '../ledger/ledger-tables.ts';
import type { Schema } from '../schema.ts';

export interface StoredClaim extends ClaimStanding {
  amounts: ClaimAmounts[];
  body: string;
  firstLine: number;
}

export async function readClaimStanding(trx: Transaction<Schema>, federation: FederationCode, ref: ClaimRef): Promise<StoredClaim | undefined> {
  const c = await sql<{
    provider_code: string; insurer_number: string | null; service_month: string; birth_date: string | null; state: string; outcome: string;
    supersedes_file: number | null; supersedes_seq: number | null; body: string; first_line: number; queue: string | null; status: string | null; last_final: string | null;
    received_at: Date | string | null;
  }>`
    select c.provider_code, c.insurer_number, c.service_month, c.birth_date, c.state, c.outcome, c.supersedes_file, c.supersedes_seq, c.body, c.first_line, i.queue, i.status,
           (select f.received_at from intake_files f where f.federation_code = c.federation_code and f.file_id = c.file_id) as received_at,
           (select d.decision from review_decisions d where d.federation_code = c.federation_code and d.file_id = c.file_id and d.seq = c.seq and d.decision in ('confirm', 'return')
            order by d.decision_id desc limit 1) as last_final
    from claims c left join review_items i on i.federation_code = c.federation_code and i.file_id = c.file_id and i.seq = c.seq
    where c.federation_code = ${federation} and c.file_id = ${ref.fileId} and c.seq = ${ref.seq}`.execute(trx);
  const r = c.rows[0];
  if (!r) return undefined;
  const [entries, amounts, cases] = await Promise.all([
    trx.selectFrom('ledger_entries').selectAll().where('federation_code', '=', federation).where('file_id', '=', ref.fileId).where('seq', '=', ref.seq).orderBy('entry_id').execute(),
    trx.selectFrom('ledger_claim_amounts').selectAll().where('federation_code', '=', federation).where('file_id', '=', ref.fileId).where('seq', '=', ref.seq).orderBy('amount_id').execute(),
    trx.selectFrom('correction_cases').select(['case_id', 'kind', 'state', 'outcome']).where('federation_code', '=', federation).where('file_id', '=', ref.fileId).where('seq', '=', ref.seq).orderBy('case_id').execute(),
  ]);
  const returned = r.outcome === 'returned' || r.last_final === 'return';
  return {
    claim: ref, providerCode: r.provider_code.trim(), insurerNumber: (r.insurer_number ?? '').trim(), serviceMonth: r.service_month,
    receivedMonth: r.received_at === null ? undefined : japanMonth(new Date(r.received_at)), birthDate: r.birth_date ?? '',
    state: r.state, returned, decided: !returned && ((r.queue === 'auto' && r.status === 'open') || r.last_final === 'confirm'),
    supersedes: r.supersedes_file === null ? undefined : { fileId: Number(r.supersedes_file), seq: r.supersedes_seq! },
    entries: entries.map(entryOf), amounts: amounts.map((a) => claimAmountsOf(a)),
    cases: cases.map((k) => ({ caseId: Number(k.case_id), kind: k.kind as CorrectionKind, state: k.state as CaseState, outcome: (parse(k.outcome) as { type: OutcomeType } | null)?.type })),
    body: r.body, firstLine: r.first_line,
  };
}

/**
 * 'YYYY-MM' of an instant in Japan time, where the federations receive claims: a file received on the
 * 1st before 9:00 JST is in that month although it is still the previous month in UTC. Japan keeps no
 * summer time, so +9 hours is exact.
 */
const japanMonth = (d: Date): string => new Date(d.getTime() + 9 * 3_600_000).toISOString().slice(0, 7);

const parse = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

export function entryOf(r: Selectable<LedgerEntryTable>): LedgerEntry {
  return {
    postingMonth: r.posting_month, serviceMonth: r.service_month, claim: r.file_id === null ? undefined : { fileId: Number(r.file_id), seq: r.seq! },
    account: r.account as LedgerAccount, debtor: { type: r.debtor_type as Party['type'], code: r.debtor_code },
    creditor: { type: r.creditor_type as Party['type'], code: r.creditor_code }, amount: Number(r.amount),
    postingKey: r.posting_key, reverses: r.reverses ?? undefined, reason: r.reason,
  };
}
