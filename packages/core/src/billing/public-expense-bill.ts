/**
 * The monthly bill to a 公費 payer (公費負担者への請求書): the federation pays its providers the 公費 share
 * of every claim with it (決定金額 = 保険者負担 + 公費負担, provider-payment.ts) and bills each 公費
 * payer (負担者番号) for its own share, as it bills insurers for theirs (issue 6 §3). A 公費単独 claim
 * has no insurer, so its first payer also bears its 審査支払手数料 (claim-postings.ts). 請求額 = 公費負担
 * + 審査支払手数料; per category, with the 過誤調整 rows apart, like the insurer bill.
 *
 * The amounts rows (`ledger_claim_amounts`) hold a claim's 公費 as one sum over its payers, so a
 * payer's share is read from its own entries: the 'public-expense' entry (`<posting>:public:<n>`) and
 * the 'review-fee' entry whose debtor is the payer (`<posting>:fee`), each joined to the amounts row
 * of its posting (same claim, same posting month) for the category, points and 診療年月. A
 * settlement copy (`settlement:…`) has no 公費 entries: 公費 stays with the provider's federation.
 * Entries that join no amounts row are left out of the bill, so that billingMismatches-style checking
 * (publicExpenseMismatches) finds them.
 */
import type { ClaimAmounts } from '../ledger/claim-amounts.ts';
import type { LedgerEntry } from '../ledger/ledger-types.ts';
import { publicExpenseLawName } from '../registry/law-numbers.ts';
import { billingTable, byClaim, type BillingTable } from './billing-lines.ts';

/**
 * One posting of a claim as one payer's bill counts it: the claim's amounts row with `publicExpensePays`
 * and `reviewFee` narrowed to this payer's entries. The other figures (points, 医療費, 保険者負担) are
 * the claim's, for reference.
 */
export interface PublicExpenseClaim extends ClaimAmounts {
  payerNumber: string;
}

export interface PublicExpenseBill extends BillingTable {
  federation: string;
  postingMonth: string;
  /** 公費負担者番号 (8 digits: 法別番号 2 + 都道府県 2 + 実施機関 3 + 検証番号 1). */
  payerNumber: string;
  lawNumber: string;
  /** The programme of the 法別番号 (law-numbers.ts), undefined for an unlisted one. */
  lawName: string | undefined;
  /** Σ 公費負担 of the payer's entries. */
  publicExpensePays: number;
  /** Σ 審査支払手数料 the payer bears (公費単独 claims only). */
  reviewFee: number;
  /** 請求額 = 公費負担 + 審査支払手数料. */
  billed: number;
  postings: PublicExpenseClaim[];
}

const PUBLIC_KEY = /^(.+):public:\d+$/;
const FEE_KEY = /^(.+):fee$/;

/** Whether an entry is owed by a 公費 payer: its share of a claim, or a 公費単独 claim's fee. */
export const isPublicExpenseCharge = (e: LedgerEntry): boolean =>
  e.debtor.type === 'public-expense' && (e.account === 'public-expense' || e.account === 'review-fee');

/** The posting key of the amounts row an entry was written with, from the entry's own key. */
function postingOf(e: LedgerEntry): string | undefined {
  return (e.account === 'public-expense' ? PUBLIC_KEY : FEE_KEY).exec(e.postingKey)?.[1];
}

/** The payers' claims of the month: one row per payer per posting, from its entries. */
export function publicExpenseClaims(postingMonth: string, amounts: readonly ClaimAmounts[], entries: readonly LedgerEntry[]): PublicExpenseClaim[] {
  const byKey = new Map(amounts.filter((a) => a.postingMonth === postingMonth).map((a) => [a.postingKey, a]));
  const rows = new Map<string, PublicExpenseClaim>();
  for (const e of entries) {
    if (e.postingMonth !== postingMonth || !isPublicExpenseCharge(e)) continue;
    const key = postingOf(e);
    const a = key === undefined ? undefined : byKey.get(key);
    if (!a || !e.claim || a.claim.fileId !== e.claim.fileId || a.claim.seq !== e.claim.seq) continue;
    const id = `${e.debtor.code}\t${a.postingKey}`;
    const row = rows.get(id) ?? { ...a, claim: { ...a.claim }, payerNumber: e.debtor.code, publicExpensePays: 0, reviewFee: 0 };
    if (e.account === 'public-expense') row.publicExpensePays += e.amount;
    else row.reviewFee += e.amount;
    rows.set(id, row);
  }
  return [...rows.values()];
}

export function publicExpenseBill(federation: string, postingMonth: string, payerNumber: string, claims: readonly PublicExpenseClaim[]): PublicExpenseBill {
  const own = claims.filter((c) => c.postingMonth === postingMonth && c.payerNumber === payerNumber).sort(byClaim);
  const table = billingTable(own);
  const lawNumber = payerNumber.slice(0, 2);
  return {
    federation, postingMonth, payerNumber, lawNumber, lawName: publicExpenseLawName(lawNumber), ...table, publicExpensePays: table.total.publicExpensePays,
    reviewFee: table.total.reviewFee, billed: table.total.publicExpensePays + table.total.reviewFee, postings: own,
  };
}

/**
 * The month's bills to 公費 payers: one per 負担者番号 with entries in the federation's books, whatever
 * the payer's prefecture (公費 is not settled between federations: docs/settlement.md), by number.
 */
export function publicExpenseBills(federation: string, postingMonth: string, amounts: readonly ClaimAmounts[], entries: readonly LedgerEntry[]): PublicExpenseBill[] {
  const claims = publicExpenseClaims(postingMonth, amounts, entries);
  return [...new Set(claims.map((c) => c.payerNumber))].sort().map((n) => publicExpenseBill(federation, postingMonth, n, claims));
}
