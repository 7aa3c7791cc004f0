/**
 * 月次照合: a federation's posting month shown to tie out across its bills, the 全国決済 and its
 * payments. Money the month brings in — the bills to its own prefecture's insurers and to 公費 payers,
 * and what other federations owe it through the central association for the claims of their insurers
 * it paid (決済受取), less what it owes them for its insurers' claims they paid (決済支払) — must be
 * what it pays its providers plus the review fees it keeps (審査支払手数料):
 *
 *   Σ 請求額（保険者）+ Σ 請求額（公費負担者）+ 決済受取 − 決済支払 = Σ 支払額 + Σ 審査支払手数料
 *
 * The bills and statements are the documents (from the amounts rows); 決済受取 (insurer-benefit
 * entries of other prefectures' insurers), 決済支払 ('settlement' entries) and the fees (every
 * review-fee entry) are the books' entries. So the equation holds when the books balance
 * (month-balance.ts) and every fee in the books is billed to someone: a fee charged here to another
 * prefecture's insurer is billed by no one (its own federation charges it through the settlement,
 * post-month.ts posts it as 0) and shows up as a difference. Sources: seed 000 (請求・支払),
 * rules-reference.md §10.2 (全国決済), docs/settlement.md (the copies in the insurer's federation).
 */
import { csvLine } from '../common/csv-out.ts';
import type { LedgerEntry } from '../ledger/ledger-types.ts';
import { insurerNumberPrefecture } from './billing-reconciliation.ts';
import type { InsurerBill } from './insurer-bill.ts';
import type { ProviderPaymentStatement } from './provider-payment.ts';
import type { PublicExpenseBill } from './public-expense-bill.ts';

export interface MonthReconciliation {
  federation: string;
  postingMonth: string;
  /** Σ 請求額 of the bills to own-prefecture insurers. */
  insurerBilled: number;
  /** Σ 請求額 of the bills to 公費 payers. */
  publicBilled: number;
  /** 全国決済 受取: Σ insurer-benefit entries whose insurer is of another prefecture. */
  settlementIn: number;
  /** 全国決済 支払: Σ 'settlement' entries. */
  settlementOut: number;
  /** Σ 支払額 of the payment statements. */
  paid: number;
  /** Σ every review-fee entry. */
  reviewFees: number;
  /** insurerBilled + publicBilled + settlementIn − settlementOut. */
  receivable: number;
  /** paid + reviewFees. */
  payable: number;
  /** receivable − payable: 0 when the month ties out. */
  difference: number;
}

export interface MonthDocuments {
  bills: readonly InsurerBill[];
  publicBills: readonly PublicExpenseBill[];
  statements: readonly ProviderPaymentStatement[];
}

const sum = (xs: readonly number[]): number => xs.reduce((n, x) => n + x, 0);

export function monthReconciliation(federation: string, postingMonth: string, d: MonthDocuments, entries: readonly LedgerEntry[]): MonthReconciliation {
  const month = entries.filter((e) => e.postingMonth === postingMonth);
  const of = (f: (e: LedgerEntry) => boolean) => sum(month.filter(f).map((e) => e.amount));
  const insurerBilled = sum(d.bills.map((b) => b.billed));
  const publicBilled = sum(d.publicBills.map((b) => b.billed));
  const settlementIn = of((e) => e.account === 'insurer-benefit' && e.debtor.type === 'insurer' && insurerNumberPrefecture(e.debtor.code) !== federation);
  const settlementOut = of((e) => e.account === 'settlement');
  const paid = sum(d.statements.map((s) => s.paid));
  const reviewFees = of((e) => e.account === 'review-fee');
  const receivable = insurerBilled + publicBilled + settlementIn - settlementOut;
  const payable = paid + reviewFees;
  return { federation, postingMonth, insurerBilled, publicBilled, settlementIn, settlementOut, paid, reviewFees, receivable, payable, difference: receivable - payable };
}

const yen = (n: number): string => `${n.toLocaleString('ja-JP')}円`;

/**
 * 「月次照合: 請求額 25,730円 + 公費請求額 12,860円 + 全国決済受取 1,400円 − 全国決済支払 2,100円 = 37,890円、
 * 支払額 37,720円 + 審査支払手数料 170円 = 37,890円（一致）」, or 「（差額 −60円）」.
 */
export function reconciliationText(r: MonthReconciliation): string {
  return `月次照合: 請求額 ${yen(r.insurerBilled)} + 公費請求額 ${yen(r.publicBilled)} + 全国決済受取 ${yen(r.settlementIn)} − 全国決済支払 ${yen(r.settlementOut)}`
    + ` = ${yen(r.receivable)}、支払額 ${yen(r.paid)} + 審査支払手数料 ${yen(r.reviewFees)} = ${yen(r.payable)}`
    + (r.difference === 0 ? '（一致）' : `（差額 ${r.difference < 0 ? '−' : ''}${yen(Math.abs(r.difference))}）`);
}

export const RECONCILIATION_HEADER = ['区分', '項目', '金額'];

/** reconciliation.csv: each term signed as it enters its side, each side's sum, and the difference. */
export function reconciliationCsv(r: MonthReconciliation): string {
  return csvLine(RECONCILIATION_HEADER)
    + csvLine(['請求・決済', '保険者への請求額', r.insurerBilled])
    + csvLine(['請求・決済', '公費負担者への請求額', r.publicBilled])
    + csvLine(['請求・決済', '全国決済 受取', r.settlementIn])
    + csvLine(['請求・決済', '全国決済 支払', -r.settlementOut])
    + csvLine(['請求・決済', '計', r.receivable])
    + csvLine(['支払・手数料', '医療機関への支払額', r.paid])
    + csvLine(['支払・手数料', '審査支払手数料', r.reviewFees])
    + csvLine(['支払・手数料', '計', r.payable])
    + csvLine(['差額', '', r.difference]);
}
