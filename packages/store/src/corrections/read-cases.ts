/**
 * Reading cases: a list filtered by state, kind, requester, claim or posting month (newest first), and
 * one case with its history and the ledger entries it posted.
 */
import type { FederationCode } from '@kokuho/core/common';
import { caseKey, correctionError, type CaseEvent, type CaseState, type CorrectionCase, type CorrectionKind, type Requester } from '@kokuho/core/corrections';
import type { LedgerEntry } from '@kokuho/core/ledger';
import type { KokuhoDb } from '../db/database.ts';
import { caseOf, readCase, readEvents } from './case-rows.ts';
import { entryOf } from './claim-standing.ts';
import { CorrectionCaseError } from './correction-case-error.ts';

export interface CaseFilter {
  state?: CaseState;
  kind?: CorrectionKind;
  requester?: Requester;
  claim?: { fileId: number; seq: number };
  postingMonth?: string;
  limit?: number;
}

export async function listCases(k: KokuhoDb, federation: FederationCode, f: CaseFilter = {}): Promise<CorrectionCase[]> {
  return k.withFederation(federation, async (trx) => {
    let q = trx.selectFrom('correction_cases').selectAll().where('federation_code', '=', federation);
    if (f.state) q = q.where('state', '=', f.state);
    if (f.kind) q = q.where('kind', '=', f.kind);
    if (f.requester) q = q.where('requester_type', '=', f.requester.type).where('requester_code', '=', f.requester.code.trim());
    if (f.claim) q = q.where('file_id', '=', f.claim.fileId).where('seq', '=', f.claim.seq);
    if (f.postingMonth) q = q.where('posting_month', '=', f.postingMonth);
    const rows = await q.orderBy('case_id', 'desc').limit(Math.max(1, Math.min(f.limit ?? 1_000, 10_000))).execute();
    return rows.map(caseOf);
  });
}

export interface CaseDetail {
  case: CorrectionCase;
  events: CaseEvent[];
  /** What the case posted (reversals and re-postings), in posting-key order. */
  entries: LedgerEntry[];
}

export async function showCase(k: KokuhoDb, federation: FederationCode, caseId: number): Promise<CaseDetail> {
  return k.withFederation(federation, async (trx) => {
    const c = await readCase(trx, federation, caseId);
    if (!c) throw new CorrectionCaseError(correctionError('CASE_NOT_FOUND', `申出番号 ${caseId}`));
    const [events, entries] = await Promise.all([
      readEvents(trx, federation, caseId),
      // by the claim first: its index finds the few entries the key pattern then picks
      trx.selectFrom('ledger_entries').selectAll().where('federation_code', '=', federation).where('file_id', '=', c.claim.fileId).where('seq', '=', c.claim.seq)
        .where('posting_key', 'like', `${caseKey(caseId)}:%`).orderBy('posting_key').execute(),
    ]);
    return { case: c, events, entries: entries.map(entryOf) };
  });
}
