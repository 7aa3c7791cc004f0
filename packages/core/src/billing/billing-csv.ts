/**
 * The bills (to insurers and to 公費 payers), their detail, the payment statement and the month's summary as CSV (csv-out.ts: CRLF,
 * quoting only where needed), Japanese headers, plain integers for figures (yen, points) so that
 * other systems read them back exactly. The same documents give the same text.
 */
import { csvLine } from '../common/csv-out.ts';
import { formatWareki } from '../common/dates.ts';
import { CLAIM_CATEGORY_LABELS } from '../ledger/claim-amounts.ts';
import { BILLING_SECTION_LABELS, claimRef, isAdjustment, sumFigures, type BillingFigures, type BillingLine } from './billing-lines.ts';
import type { InsurerBill } from './insurer-bill.ts';
import { decidedAmount, type ProviderPaymentStatement } from './provider-payment.ts';
import type { PublicExpenseBill } from './public-expense-bill.ts';

export const INSURER_BILL_HEADER = ['区分', '種別', '件数', '点数', '医療費', '保険者負担', '公費負担', '一部負担金', '食事療養', '審査支払手数料', '請求額'];
export const INSURER_CLAIMS_HEADER = ['診療年月', '医療機関コード', 'レセプト番号', '種別', '区分', '件数', '点数', '医療費', '保険者負担', '公費負担', '一部負担金', '食事療養', '審査支払手数料', '事由'];
export const PROVIDER_PAYMENT_HEADER = ['区分', '種別', '件数', '点数', '医療費', '一部負担金', '保険者負担', '公費負担', '決定金額'];
export const PUBLIC_EXPENSE_BILL_HEADER = ['区分', '種別', '件数', '点数', '医療費', '公費負担', '審査支払手数料', '請求額'];
export const PUBLIC_EXPENSE_CLAIMS_HEADER = ['診療年月', '医療機関コード', 'レセプト番号', '種別', '区分', '件数', '点数', '医療費', '保険者番号', '公費負担', '審査支払手数料', '事由'];
export const BILLING_SUMMARY_HEADER = ['書類', '宛先コード', '宛先', '件数', '点数', '保険者負担', '公費負担', '審査支払手数料', '金額'];

/** 請求額 of a row of figures: the insurer's share and the review fees. */
export const billedAmount = (f: BillingFigures): number => f.insurerPays + f.reviewFee;

const lineHead = (l: BillingLine): string[] => [BILLING_SECTION_LABELS[l.section], l.label];

export function insurerBillCsv(bill: InsurerBill): string {
  let s = csvLine(INSURER_BILL_HEADER);
  for (const l of bill.lines) {
    const f = l.figures;
    s += csvLine([...lineHead(l), f.claims, f.points, f.medicalCost, f.insurerPays, f.publicExpensePays, f.copay, f.mealCost, f.reviewFee, billedAmount(f)]);
  }
  return s;
}

/** One row per posting: the claims behind the bill, each 過誤調整 with its reason. */
export function insurerClaimsCsv(bill: InsurerBill): string {
  let s = csvLine(INSURER_CLAIMS_HEADER);
  for (const a of bill.postings) {
    s += csvLine([formatWareki(a.serviceMonth), a.providerCode, claimRef(a), CLAIM_CATEGORY_LABELS[a.category], BILLING_SECTION_LABELS[isAdjustment(a) ? 'adjustment' : 'current'],
      a.claims, a.points, a.medicalCost, a.insurerPays, a.publicExpensePays, a.copay, a.mealCost, a.reviewFee, a.reason]);
  }
  return s;
}

/** 請求額 of a row of a 公費 bill's figures: the payer's share and the fees it bears. */
export const publicBilledAmount = (f: BillingFigures): number => f.publicExpensePays + f.reviewFee;

export function publicExpenseBillCsv(bill: PublicExpenseBill): string {
  let s = csvLine(PUBLIC_EXPENSE_BILL_HEADER);
  for (const l of bill.lines) {
    const f = l.figures;
    s += csvLine([...lineHead(l), f.claims, f.points, f.medicalCost, f.publicExpensePays, f.reviewFee, publicBilledAmount(f)]);
  }
  return s;
}

/** One row per posting of a claim the payer shares in; 保険者番号 is empty for a 公費単独 claim. */
export function publicExpenseClaimsCsv(bill: PublicExpenseBill): string {
  let s = csvLine(PUBLIC_EXPENSE_CLAIMS_HEADER);
  for (const a of bill.postings) {
    s += csvLine([formatWareki(a.serviceMonth), a.providerCode, claimRef(a), CLAIM_CATEGORY_LABELS[a.category], BILLING_SECTION_LABELS[isAdjustment(a) ? 'adjustment' : 'current'],
      a.claims, a.points, a.medicalCost, a.insurerNumber, a.publicExpensePays, a.reviewFee, a.reason]);
  }
  return s;
}

export function providerPaymentCsv(statement: ProviderPaymentStatement): string {
  let s = csvLine(PROVIDER_PAYMENT_HEADER);
  for (const l of statement.lines) {
    const f = l.figures;
    s += csvLine([...lineHead(l), f.claims, f.points, f.medicalCost, f.copay, f.insurerPays, f.publicExpensePays, decidedAmount(f)]);
  }
  return s;
}

/**
 * The month at a glance: a row per bill (金額 = 請求額), per 公費 bill (公費請求書, the same) and per
 * statement (金額 = 支払額), each kind with its total. `names` maps 保険者番号, 公費負担者番号 and
 * 医療機関コード to names; a 公費 payer without one is named by its programme (法別番号), any other
 * party by its code. Providers pay no review fee, and a 公費 payer's bill has no insurer share, so
 * those rows leave that column empty.
 */
export function billingSummaryCsv(bills: readonly InsurerBill[], publicBills: readonly PublicExpenseBill[], statements: readonly ProviderPaymentStatement[],
  names: ReadonlyMap<string, string>): string {
  const row = (doc: string, code: string, f: BillingFigures, insurerPays: number | undefined, fee: number | undefined, amount: number, name = names.get(code) ?? code) =>
    csvLine([doc, code, code ? name : '', f.claims, f.points, insurerPays, f.publicExpensePays, fee, amount]);
  let s = csvLine(BILLING_SUMMARY_HEADER);
  for (const b of bills) s += row('請求書', b.insurerNumber, b.total, b.total.insurerPays, b.reviewFee, b.billed);
  const billed = sumFigures(bills.map((b) => b.total));
  s += row('請求書合計', '', billed, billed.insurerPays, billed.reviewFee, bills.reduce((n, b) => n + b.billed, 0));
  for (const b of publicBills) s += row('公費請求書', b.payerNumber, b.total, undefined, b.reviewFee, b.billed, names.get(b.payerNumber) ?? b.lawName ?? b.payerNumber);
  const publicBilled = sumFigures(publicBills.map((b) => b.total));
  s += row('公費請求書合計', '', publicBilled, undefined, publicBilled.reviewFee, publicBills.reduce((n, b) => n + b.billed, 0));
  for (const p of statements) s += row('支払額通知', p.providerCode, p.total, p.total.insurerPays, undefined, p.paid);
  const paid = sumFigures(statements.map((p) => p.total));
  return s + row('支払額通知合計', '', paid, paid.insurerPays, undefined, statements.reduce((n, p) => n + p.paid, 0));
}
