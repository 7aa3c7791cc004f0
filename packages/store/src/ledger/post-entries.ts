/**
 * Posting entries to the books of a month. Idempotent by posting key: posting again what is already
 * there writes nothing, but the same key with other content is refused (a second, different answer
 * for the same thing is a bug to stop, not to hide). A closed month takes no entry.
 */
import { sql, type Transaction } from 'kysely';
import type { FederationCode } from '@kokuho/core/common';
import type { LedgerEntry } from '@kokuho/core/ledger';
import type { Schema } from '../schema.ts';

export class LedgerError extends Error {
  constructor(readonly code: 'MONTH_CLOSED' | 'CONFLICT' | 'IMBALANCE' | 'UNSETTLED', message: string) {
    super(message);
  }
}

/** Serialises the postings and the closing of one federation's month. */
export async function lockMonth(trx: Transaction<Schema>, federation: FederationCode, month: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`kokuho.ledger.${federation}.${month}`}))`.execute(trx);
}

export async function isClosed(trx: Transaction<Schema>, month: string): Promise<boolean> {
  return (await trx.selectFrom('ledger_closings').select('posting_month').where('posting_month', '=', month).executeTakeFirst()) !== undefined;
}

const row = (federation: string, e: LedgerEntry, postedBy: string) => ({
  federation_code: federation, posting_month: e.postingMonth, service_month: e.serviceMonth, file_id: e.claim?.fileId ?? null, seq: e.claim?.seq ?? null,
  account: e.account, debtor_type: e.debtor.type, debtor_code: e.debtor.code, creditor_type: e.creditor.type, creditor_code: e.creditor.code,
  amount: e.amount, posting_key: e.postingKey, reverses: e.reverses ?? null, reason: e.reason, posted_by: postedBy,
});

/** The part of an entry that must be equal for a re-post to be the same entry. */
const sameness = (r: { account: string; debtor_type: string; debtor_code: string; creditor_type: string; creditor_code: string; amount: number | string; posting_month: string }): string =>
  [r.posting_month, r.account, r.debtor_type, r.debtor_code, r.creditor_type, r.creditor_code, Number(r.amount)].join('|');

/** Posts entries (inside the caller's federation-bound transaction); returns how many were new. */
export async function postEntries(trx: Transaction<Schema>, federation: FederationCode, entries: readonly LedgerEntry[], postedBy: string): Promise<{ inserted: number; existing: number }> {
  if (!entries.length) return { inserted: 0, existing: 0 };
  for (const month of [...new Set(entries.map((e) => e.postingMonth))].sort()) {
    await lockMonth(trx, federation, month);
    if (await isClosed(trx, month)) throw new LedgerError('MONTH_CLOSED', `${month} の帳簿は締め済みです（訂正は翌月以降の月に記帳します）`);
  }
  return insertOnce(trx, 'ledger_entries', entries.map((e) => row(federation, e, postedBy)), sameness, '内容');
}

/**
 * Inserts rows keyed by (federation, posting key) that are not there yet; a key already there must
 * hold the same thing (`sameness`), else the posting is refused as a CONFLICT naming `what` differs.
 */
export async function insertOnce<R extends { posting_key: string }>(trx: Transaction<Schema>, table: 'ledger_entries' | 'ledger_claim_amounts', rows: readonly R[],
  sameness: (r: R) => string, what: string): Promise<{ inserted: number; existing: number }> {
  if (!rows.length) return { inserted: 0, existing: 0 };
  // one code path for both tables: their rows differ, the rule does not
  const db = trx as Transaction<any>;
  const inserted: { posting_key: string }[] = await db.insertInto(table).values([...rows]).onConflict((oc) => oc.columns(['federation_code', 'posting_key']).doNothing()).returning('posting_key').execute();
  if (inserted.length < rows.length) {
    const fresh = new Set(inserted.map((r) => r.posting_key));
    const others = rows.filter((r) => !fresh.has(r.posting_key));
    const stored = new Map(((await db.selectFrom(table).selectAll().where('posting_key', 'in', others.map((r) => r.posting_key)).execute()) as R[]).map((r) => [r.posting_key, sameness(r)]));
    const differ = others.find((r) => stored.get(r.posting_key) !== sameness(r));
    if (differ) throw new LedgerError('CONFLICT', `記帳済みの ${differ.posting_key} と${what}が異なります（訂正は取消しの記帳で行います）`);
  }
  return { inserted: inserted.length, existing: rows.length - inserted.length };
}
