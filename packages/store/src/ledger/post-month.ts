/**
 * Posting a service month's decided claims to the books of a posting month (処理月): each claim
 * priced at the window (the core's priceWindowCopay, from what the claim states) and turned into its
 * entries. Rerunning posts nothing twice; claims the pricing cannot yet handle are counted by reason
 * and left unposted, never posted at a guessed amount.
 */
import type { FederationCode, YearMonth } from '@kokuho/core/common';
import { claimCategory, claimPostings, LEDGER_ACCOUNTS, monthBalance, type ClaimPosting, type LedgerEntry, type MonthBalance } from '@kokuho/core/ledger';
import { priceDecidedClaim } from '@kokuho/core/pricing';
import { sql, type Transaction } from 'kysely';
import type { KokuhoDb } from '../db/database.ts';
import type { Schema } from '../schema.ts';
import { decidedClaimPages, type DecidedClaimFacts } from './decided-claims.ts';
import { postClaims } from './post-claims.ts';
import { isClosed, LedgerError } from './post-entries.ts';

export interface PostMonthReport {
  decided: number;
  pending: number;
  /** Of the pending, those with the central association's 特別審査. */
  pendingSpecial: number;
  returned: number;
  /** Decided claims posted already, in this or an earlier month: left alone. */
  alreadyPosted: number;
  priced: number;
  /** Claims left unposted, by reason (Japanese). */
  unpriced: Record<string, number>;
  inserted: number;
  existing: number;
  /** Of the entries of this run (claims posted before are not in it). */
  balance: MonthBalance;
}

const BATCH = 1_000;

/** The posting (entries and amounts) of one decided claim, or why it cannot be priced yet. */
export function postingOfDecidedClaim(c: DecidedClaimFacts, federation: FederationCode, postingMonth: YearMonth, reviewFee: number): ClaimPosting | string {
  const priced = priceDecidedClaim(c);
  if (!priced.ok) return priced.reason;
  const p = priced.pricing;
  const entries = claimPostings({
    fileId: c.fileId, seq: c.seq, serviceMonth: c.serviceMonth, federation, providerCode: c.providerCode, insurerNumber: c.insurerNumber,
    medicalCost: p.medicalCost, copay: p.copay, insurerPays: p.insurerPays, publicExpense: p.publicExpense, reviewFee,
  }, postingMonth);
  return {
    entries,
    amounts: {
      postingMonth, serviceMonth: c.serviceMonth, claim: { fileId: c.fileId, seq: c.seq }, postingKey: `claim:${c.fileId}:${c.seq}`, reverses: undefined,
      category: claimCategory(c.kind, c.receiptType), insurerNumber: c.insurerNumber, insurerPrefecture: c.insurerPrefecture, providerFederation: federation,
      providerCode: c.providerCode, claims: 1, points: c.decidedPoints, medicalCost: p.medicalCost, copay: p.copay, insurerPays: p.insurerPays,
      publicExpensePays: p.publicExpense.reduce((n, x) => n + x.pays, 0), mealCost: p.mealCost, reviewFee, reason: '審査決定',
    },
  };
}

/** The entries of one decided claim, or why it cannot be priced yet. */
export function entriesOfDecidedClaim(c: DecidedClaimFacts, federation: FederationCode, postingMonth: YearMonth, reviewFee: number): LedgerEntry[] | string {
  const posting = postingOfDecidedClaim(c, federation, postingMonth, reviewFee);
  return typeof posting === 'string' ? posting : posting.entries;
}

export async function postMonth(k: KokuhoDb, federation: FederationCode, serviceMonth: YearMonth, postingMonth: YearMonth,
  o: { postedBy: string; reviewFee?: (c: DecidedClaimFacts) => number }): Promise<PostMonthReport> {
  // said at once, before any pricing, even when nothing would be posted
  if (await k.withFederation(federation, (trx) => isClosed(trx, postingMonth))) throw new LedgerError('MONTH_CLOSED', `${postingMonth} の帳簿は締め済みです（訂正は翌月以降の月に記帳します）`);
  const report: PostMonthReport = {
    decided: 0, pending: 0, pendingSpecial: 0, returned: 0, alreadyPosted: 0, priced: 0, unpriced: {}, inserted: 0, existing: 0, balance: monthBalance([]),
  };
  for await (const page of decidedClaimPages(k, federation, serviceMonth, { pageSize: BATCH })) {
    report.decided += page.claims.length;
    report.pending += page.pending;
    report.pendingSpecial += page.pendingSpecial;
    report.returned += page.returned;
    const priced: ClaimPosting[] = [];
    for (const c of page.claims) {
      // the fee of a claim of another prefecture's insurer is charged by that insurer's own federation,
      // when the settlement posts the claim into its books (the insurer has no fee agreement here)
      const fee = c.insurerPrefecture && c.insurerPrefecture !== federation ? 0 : (o.reviewFee?.(c) ?? 0);
      const posting = postingOfDecidedClaim(c, federation, postingMonth, fee);
      if (typeof posting === 'string') report.unpriced[posting] = (report.unpriced[posting] ?? 0) + 1;
      else priced.push(posting);
    }
    const r = await k.withFederation(federation, async (trx) => {
      // a claim is paid once, and only while it stands: its row is held while it is posted, so a case
      // withdrawing it (which locks it to decide) either comes first and is seen here, or waits and
      // then finds the entries; a claim posted already (in this or an earlier month) is left alone, so
      // that claims decided late (a 特別審査 back from the central association) go to a later month
      const standing = await standingClaims(trx, priced);
      const posted = await postedClaims(trx, priced);
      const batch = priced.filter((p) => standing.has(claimKey(p)) && !posted.has(claimKey(p)));
      return { batch, skipped: priced.length - batch.length, ...(await postClaims(trx, federation, batch, o.postedBy)) };
    });
    report.priced += r.batch.length;
    report.alreadyPosted += r.skipped;
    report.inserted += r.inserted;
    report.existing += r.existing;
    // totals only: the month's entries are not kept, however large the month
    const b = monthBalance(r.batch.flatMap((p) => p.entries));
    for (const a of LEDGER_ACCOUNTS) report.balance.byAccount[a] += b.byAccount[a];
    report.balance.entries += b.entries;
    report.balance.imbalance += b.imbalance;
  }
  return report;
}

const claimKey = (p: ClaimPosting): string => `${p.amounts.claim.fileId}:${p.amounts.claim.seq}`;

/** Of the claims, those still standing (state current), their rows held for share until the transaction ends. */
async function standingClaims(trx: Transaction<Schema>, postings: readonly ClaimPosting[]): Promise<Set<string>> {
  if (!postings.length) return new Set();
  const rows = await sql<{ file_id: number; seq: number }>`
    select file_id, seq from claims where state = 'current'
      and (file_id, seq) in (select * from unnest(${postings.map((p) => p.amounts.claim.fileId)}::bigint[], ${postings.map((p) => p.amounts.claim.seq)}::integer[]))
    for share`.execute(trx);
  return new Set(rows.rows.map((r) => `${Number(r.file_id)}:${r.seq}`));
}

/**
 * The claims posted already, whatever the month: by their amounts row, or, for claims posted before
 * the books kept amounts (migration 0013), by their own provider-payment entry.
 */
async function postedClaims(trx: Transaction<Schema>, postings: readonly ClaimPosting[]): Promise<Set<string>> {
  if (!postings.length) return new Set();
  const keys = postings.map((p) => `claim:${claimKey(p)}`);
  const rows = await sql<{ key: string }>`
    select posting_key as key from ledger_claim_amounts where posting_key = any(${keys}::text[])
    union select substr(posting_key, 1, length(posting_key) - length(':provider')) from ledger_entries
      where posting_key = any(${keys.map((k) => `${k}:provider`)}::text[])`.execute(trx);
  return new Set(rows.rows.map((r) => r.key.slice('claim:'.length)));
}
