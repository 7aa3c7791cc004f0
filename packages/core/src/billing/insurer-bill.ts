/**
 * The monthly bill to an insurer (診療報酬等請求書): 国保請求支払システム 「審査決定したレセプトから保険者
 * への請求…を行う」 (seed 000; seed 001 adds the 過誤・再審査 asked for by insurers and providers). Per
 * category the claims, points and the split of their cost; the 過誤調整 rows apart; the review fees
 * (審査支払手数料); and the amount billed (請求額) = 保険者負担 + 審査支払手数料 (issue 6 §3).
 *
 * A federation bills the insurers of its own prefecture only, for every claim its books hold for them:
 * those its providers billed, and those other federations paid that reach its books by 全国決済
 * (rows `settlement:…`). Another prefecture's insurers are billed by their own federation
 * (rules-reference.md §10.2), so their claims here appear in no bill of this federation.
 */
import type { ClaimAmounts } from '../ledger/claim-amounts.ts';
import { billingTable, byClaim, type BillingTable } from './billing-lines.ts';

export interface InsurerBill extends BillingTable {
  federation: string;
  /** 処理月 'YYYY-MM'. */
  postingMonth: string;
  insurerNumber: string;
  /** 審査支払手数料: Σ review fee of the postings (a reversal gives its fee back). */
  reviewFee: number;
  /**
   * 請求額 = Σ 保険者負担 + Σ 審査支払手数料. Each posting writes a claim's amounts and its entries
   * together (post-claims.ts), its insurer share as the 'insurer-benefit' entry and its fee as the
   * 'review-fee' entry, so this equals the insurer's insurer-benefit + review-fee entries of the
   * month; billingMismatches checks that before any document is written.
   */
  billed: number;
  /** The detail (one row per posting), in claim order. */
  postings: ClaimAmounts[];
}

export function insurerBill(federation: string, postingMonth: string, insurerNumber: string, rows: readonly ClaimAmounts[]): InsurerBill {
  const own = rows.filter((r) => r.postingMonth === postingMonth && r.insurerNumber === insurerNumber).sort(byClaim);
  const table = billingTable(own);
  return { federation, postingMonth, insurerNumber, ...table, reviewFee: table.total.reviewFee, billed: table.total.insurerPays + table.total.reviewFee, postings: own };
}

/** The month's bills: one per insurer of the federation's prefecture with postings, by insurer number. */
export function insurerBills(federation: string, postingMonth: string, rows: readonly ClaimAmounts[]): InsurerBill[] {
  const billed = rows.filter((r) => r.postingMonth === postingMonth && r.insurerPrefecture === federation);
  return [...new Set(billed.map((r) => r.insurerNumber))].sort().map((n) => insurerBill(federation, postingMonth, n, billed));
}
