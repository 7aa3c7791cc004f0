/**
 * A month's books in totals, and the invariant that holds for every month however its entries came:
 * what insurers and 公費 payers owe for claims equals what the federation pays providers (fees aside).
 */
import { LEDGER_ACCOUNTS, type LedgerAccount, type LedgerEntry } from './ledger-types.ts';

export interface MonthBalance {
  entries: number;
  byAccount: Record<LedgerAccount, number>;
  /**
   * Σ insurer-benefit + Σ public-expense − Σ provider-payment − Σ settlement: 0 when the books balance.
   * (What a federation bills for another federation's claims it passes on as settlement; what it pays
   * for claims of other prefectures' insurers it bills to their federations as insurer-benefit.)
   */
  imbalance: number;
}

export function monthBalance(entries: readonly LedgerEntry[]): MonthBalance {
  const byAccount = Object.fromEntries(LEDGER_ACCOUNTS.map((a) => [a, 0])) as Record<LedgerAccount, number>;
  for (const e of entries) byAccount[e.account] += e.amount;
  return { entries: entries.length, byAccount, imbalance: byAccount['insurer-benefit'] + byAccount['public-expense'] - byAccount['provider-payment'] - byAccount.settlement };
}
