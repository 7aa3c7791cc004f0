/**
 * Closing a month's books: the totals by account, the balance invariant checked, and a SHA-256 digest
 * of the month's entries in a canonical order. Closing twice answers the first closing; verifying
 * recomputes the digest from the entries, so a month's figures can be reproduced exactly later.
 */
import { createHash } from 'node:crypto';
import type { FederationCode } from '@kokuho/core/common';
import { monthBalance, type ClaimAmounts, type LedgerAccount, type LedgerEntry } from '@kokuho/core/ledger';
import type { KokuhoDb } from '../db/database.ts';
import type { Schema } from '../schema.ts';
import { sql, type Transaction } from 'kysely';
import { monthClaimAmounts } from './post-claims.ts';
import { isClosed, LedgerError, lockMonth } from './post-entries.ts';

export interface MonthClosing {
  month: string;
  entries: number;
  totals: Record<LedgerAccount, number>;
  digest: string;
  closedAt: string;
}

/** The month's entries as the books hold them, in posting-key order. */
export async function monthEntries(trx: Transaction<Schema>, month: string): Promise<LedgerEntry[]> {
  const rows = await trx.selectFrom('ledger_entries').selectAll().where('posting_month', '=', month).orderBy('posting_key').execute();
  return rows.map((r) => ({
    postingMonth: r.posting_month, serviceMonth: r.service_month, claim: r.file_id === null ? undefined : { fileId: Number(r.file_id), seq: r.seq! },
    account: r.account as LedgerAccount, debtor: { type: r.debtor_type as LedgerEntry['debtor']['type'], code: r.debtor_code },
    creditor: { type: r.creditor_type as LedgerEntry['creditor']['type'], code: r.creditor_code }, amount: Number(r.amount),
    postingKey: r.posting_key, reverses: r.reverses ?? undefined, reason: r.reason,
  }));
}

const byKey = (a: { postingKey: string }, b: { postingKey: string }) => (a.postingKey < b.postingKey ? -1 : a.postingKey > b.postingKey ? 1 : 0);

/** What the digest covers: everything an entry and a claim's amounts say, not who posted them or when. */
export function ledgerDigest(entries: readonly LedgerEntry[], amounts: readonly ClaimAmounts[] = []): string {
  const h = createHash('sha256');
  for (const e of [...entries].sort(byKey)) {
    h.update([e.postingKey, e.postingMonth, e.serviceMonth, e.claim ? `${e.claim.fileId}/${e.claim.seq}` : '', e.account,
      `${e.debtor.type}:${e.debtor.code}`, `${e.creditor.type}:${e.creditor.code}`, e.amount, e.reverses ?? '', e.reason].join('\t') + '\n');
  }
  for (const a of [...amounts].sort(byKey)) {
    h.update(['amounts', a.postingKey, a.postingMonth, a.serviceMonth, `${a.claim.fileId}/${a.claim.seq}`, a.reverses ?? '', a.category, a.insurerNumber, a.insurerPrefecture,
      a.providerFederation, a.providerCode, a.claims, a.points, a.medicalCost, a.copay, a.insurerPays, a.publicExpensePays, a.mealCost, a.reviewFee, a.reason].join('\t') + '\n');
  }
  return h.digest('hex');
}

export interface CloseOptions {
  /**
   * Refuse while the month's claims of other prefectures' insurers differ from what the last 全国決済
   * run of the month settled: closed, they could never be settled (the run posts into this month).
   * The commands ask for it; tests of the ledger alone may leave it out.
   */
  requireSettlement?: boolean;
}

export async function closeMonth(k: KokuhoDb, federation: FederationCode, month: string, closedBy: string, o: CloseOptions = {}): Promise<MonthClosing> {
  return k.withFederation(federation, async (trx) => {
    await lockMonth(trx, federation, month);
    if (await isClosed(trx, month)) return (await readClosing(trx, month))!;
    if (o.requireSettlement) await assertSettled(trx, federation, month);
    const entries = await monthEntries(trx, month);
    const amounts = await monthClaimAmounts(trx, month);
    const balance = monthBalance(entries);
    if (balance.imbalance !== 0) throw new LedgerError('IMBALANCE', `${month} の帳簿が合いません（保険者・公費の負担 − 医療機関への支払 = ${balance.imbalance}円）`);
    await trx.insertInto('ledger_closings').values({
      federation_code: federation, posting_month: month, entries: entries.length, totals: JSON.stringify(balance.byAccount), digest: ledgerDigest(entries, amounts), closed_by: closedBy,
    }).execute();
    return (await readClosing(trx, month))!;
  });
}

/** The month's own claims of other prefectures' insurers, per prefecture, against the last run's cells owed to this federation. */
async function assertSettled(trx: Transaction<Schema>, federation: FederationCode, month: string): Promise<void> {
  const rows = await sql<{ prefecture: string; claims: number; amount: number }>`
    select insurer_prefecture as prefecture, count(*)::int as claims, sum(insurer_pays)::bigint as amount from ledger_claim_amounts
    where posting_month = ${month} and provider_federation = ${federation} and posting_key not like 'settlement:%'
      and btrim(insurer_number) <> '' and insurer_prefecture <> ${federation} and insurer_prefecture ~ '^(0[1-9]|[1-3][0-9]|4[0-7])$'
    group by insurer_prefecture order by insurer_prefecture`.execute(trx);
  if (!rows.rows.length) return;
  const run = await trx.selectFrom('settlement_runs').select('cells').where('posting_month', '=', month).orderBy('run_id', 'desc').executeTakeFirst();
  const cells = (run ? (typeof run.cells === 'string' ? JSON.parse(run.cells) : run.cells) : []) as { debtor: string; creditor: string; claims: number; insurerPays: number }[];
  const settled = new Map(cells.filter((c) => c.creditor === federation).map((c) => [c.debtor, c]));
  const differ = rows.rows.filter((r) => settled.get(r.prefecture)?.claims !== r.claims || settled.get(r.prefecture)?.insurerPays !== Number(r.amount));
  if (differ.length) {
    throw new LedgerError('UNSETTLED', `${month} の県外の保険者の分が全国決済と一致しないため締められません（${differ.map((r) => `都道府県 ${r.prefecture}: 帳簿 ${r.claims}件 ${Number(r.amount).toLocaleString('ja-JP')}円、決済 ${settled.get(r.prefecture)?.claims ?? 0}件 ${(settled.get(r.prefecture)?.insurerPays ?? 0).toLocaleString('ja-JP')}円`).join('、')}）。`
      + `国保中央会が全国決済をやり直すか（kokuho settlement run --month ${month}）、遅れた記帳は翌月の帳簿にします`);
  }
}

async function readClosing(trx: Transaction<Schema>, month: string): Promise<MonthClosing | undefined> {
  const r = await trx.selectFrom('ledger_closings').selectAll().where('posting_month', '=', month).executeTakeFirst();
  if (!r) return undefined;
  const totals = (typeof r.totals === 'string' ? JSON.parse(r.totals) : r.totals) as Record<LedgerAccount, number>;
  return { month: r.posting_month, entries: Number(r.entries), totals, digest: r.digest, closedAt: new Date(r.closed_at).toISOString() };
}

/** Recomputes a closed month from its entries: the same digest and totals, or where they differ. */
export async function verifyClosing(k: KokuhoDb, federation: FederationCode, month: string): Promise<{ ok: boolean; closing: MonthClosing | undefined; digest: string }> {
  return k.withFederation(federation, async (trx) => {
    const closing = await readClosing(trx, month);
    const digest = ledgerDigest(await monthEntries(trx, month), await monthClaimAmounts(trx, month));
    return { ok: closing !== undefined && closing.digest === digest, closing, digest };
  });
}
