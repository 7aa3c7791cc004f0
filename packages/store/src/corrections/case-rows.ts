/**
 * Cases and their events as rows: reading a case (locked for the transaction when it is about to
 * move, so that two clerks deciding at once take turns), and appending an event.
 */
import type { Selectable, Transaction } from 'kysely';
import type { FederationCode } from '@kokuho/core/common';
import type { CaseAction, CaseEvent, CaseOutcome, CaseState, CorrectionCase, CorrectionKind, CorrectionTiming, Requester } from '@kokuho/core/corrections';
import type { Schema } from '../schema.ts';
import type { CorrectionCaseTable, CorrectionEventTable } from './correction-tables.ts';

const parse = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);
const isoDate = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

export function caseOf(r: Selectable<CorrectionCaseTable>): CorrectionCase {
  return {
    caseId: Number(r.case_id), federation: r.federation_code, kind: r.kind as CorrectionKind, timing: (r.timing ?? undefined) as CorrectionTiming | undefined,
    requester: { type: r.requester_type as Requester['type'], code: r.requester_code }, enteredBy: r.entered_by,
    claim: { fileId: Number(r.file_id), seq: r.seq }, newClaim: r.new_file_id === null ? undefined : { fileId: Number(r.new_file_id), seq: r.new_seq! },
    reasonCode: r.reason_code, reasonText: r.reason_text, requestedOn: isoDate(r.requested_on), deadline: r.deadline === null ? undefined : isoDate(r.deadline),
    deadlineBasis: r.deadline_basis, state: r.state as CaseState, outcome: (parse(r.outcome) ?? undefined) as CaseOutcome | undefined,
    postingMonth: r.posting_month ?? undefined, decidedOn: r.decided_on === null ? undefined : isoDate(r.decided_on),
  };
}

export function eventOf(r: Selectable<CorrectionEventTable>): CaseEvent {
  return {
    eventNo: r.event_no, action: r.action as CaseAction, fromState: (r.from_state ?? undefined) as CaseState | undefined, toState: r.to_state as CaseState,
    accountId: r.account_id, at: new Date(r.at).toISOString(), reason: r.reason,
  };
}

export async function readCase(trx: Transaction<Schema>, federation: FederationCode, caseId: number, o: { lock?: boolean } = {}): Promise<CorrectionCase | undefined> {
  let q = trx.selectFrom('correction_cases').selectAll().where('federation_code', '=', federation).where('case_id', '=', caseId);
  if (o.lock) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  return r ? caseOf(r) : undefined;
}

export async function readEvents(trx: Transaction<Schema>, federation: FederationCode, caseId: number): Promise<CaseEvent[]> {
  const rows = await trx.selectFrom('correction_events').selectAll().where('federation_code', '=', federation).where('case_id', '=', caseId).orderBy('event_no').execute();
  return rows.map(eventOf);
}

export interface NewEvent {
  action: CaseAction;
  fromState: CaseState | undefined;
  toState: CaseState;
  accountId: string;
  onDate: string;
  reason: string;
  detail?: unknown;
}

export async function appendEvent(trx: Transaction<Schema>, federation: FederationCode, caseId: number, e: NewEvent): Promise<number> {
  const last = await trx.selectFrom('correction_events').select((eb) => eb.fn.max('event_no').as('n')).where('federation_code', '=', federation).where('case_id', '=', caseId).executeTakeFirst();
  const eventNo = Number(last?.n ?? 0) + 1;
  await trx.insertInto('correction_events').values({
    federation_code: federation, case_id: caseId, event_no: eventNo, action: e.action, from_state: e.fromState ?? null, to_state: e.toState,
    account_id: e.accountId, on_date: e.onDate, reason: e.reason, detail: e.detail === undefined ? null : JSON.stringify(e.detail),
  }).execute();
  return eventNo;
}
