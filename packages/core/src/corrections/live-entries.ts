/**
 * What of a claim's money still stands: its entries (and amounts rows) that are neither reversals nor
 * reversed. After a 再審査 査定 these are the re-posted ones; after a 過誤 nothing stands, and a claim
 * with postings but nothing standing has been reversed (and must not be reversed again).
 */
import type { ClaimAmounts } from '../ledger/claim-amounts.ts';
import type { LedgerEntry } from '../ledger/ledger-types.ts';

function standing<T extends { postingKey: string; reverses: string | undefined }>(rows: readonly T[]): T[] {
  const reversed = new Set(rows.flatMap((r) => (r.reverses ? [r.reverses] : [])));
  return rows.filter((r) => !r.reverses && !reversed.has(r.postingKey));
}

export const liveEntries = (entries: readonly LedgerEntry[]): LedgerEntry[] => standing(entries);

/** The claim amounts rows that stand, like the entries (the bills count these). */
export const liveAmounts = (amounts: readonly ClaimAmounts[]): ClaimAmounts[] => standing(amounts);

export type MoneyStanding = 'unpaid' | 'paid' | 'reversed';

export function moneyStanding(entries: readonly LedgerEntry[]): MoneyStanding {
  if (!entries.length) return 'unpaid';
  return liveEntries(entries).length ? 'paid' : 'reversed';
}

/** 処理月 of the claim's first postings (its 請求月 for deadlines), or undefined when never posted. */
export function firstPostingMonth(entries: readonly LedgerEntry[]): string | undefined {
  return entries.filter((e) => !e.reverses).map((e) => e.postingMonth).sort()[0];
}
