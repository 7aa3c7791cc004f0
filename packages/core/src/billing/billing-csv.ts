/**
 * The bill, its detail, the payment statement and the month's summary as CSV (csv-out.ts: CRLF,
 * quoting only where needed), Japanese headers, plain integers for figures (yen, points) so that
 * other systems read them back exactly. The same documents give the same text.
 */
import { csvLine } from '../common/csv-out.ts';
import { formatWareki } from '../common/dates.ts';
import { CLAIM_CATEGORY_LABELS } from '../ledger/claim-amounts.ts';
import { BILLING_SECTION_LABELS, claimRef, isAdjustment, sumFigures, type BillingFigures, type BillingLine } from './billing-lines.ts';
import type { InsurerBill } from './insurer-bill.ts';
import { decidedAmount, type ProviderPaymentStatement } from './provider-payment.ts';

export const INSURER_BILL_HEADER = ['区分', '種別', '件数', '点数', '医療費', '保険者負担', '公費負担', '一部負担金', '食事療養', '審査支払手数料', '請求額'];
export const INSURER_CLAIMS_HEADER = ['診療年月', '医療機関コード', 'レセプト番号', '種別', '区分', '件数', '点数', '医療費', '保険者負担', '公費負担', '一部負担金', '食事療養', '審査支払手数料', '事由'];
export const PROVIDER_PAYMENT_HEADER = ['区分', '種別', '件数', '点数', '医療費', '一部負担金', '保険者負担', '公費負担', '決定金額'];
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

export function providerPaymentCsv(statement: ProviderPaymentStatement): string {
  let s = csvLine(PROVIDER_PAYMENT_HEADER);
  for (const l of statement.lines) {
    const f = l.figures;
    s += csvLine([...lineHead(l), f.claims, f.points, f.medicalCost, f.copay, f.insurerPays, f.publicExpensePays, decidedAmount(f)]);
  }
  return s;
}

/**
 * The month at a glance: a row per bill (金額 = 請求額) and per statement (金額 = 支払額), each kind
 * with its total. `names` maps 保険者番号 and 医療機関コード to names; a code stands for a missing name.
 * Providers pay no review fee, so their rows leave that column empty.
 */
export function billingSummaryCsv(bills: readonly InsurerBill[], statements: readonly ProviderPaymentStatement[], names: ReadonlyMap<string, string>): string {
  const row = (doc: string, code: string, f: BillingFigures, fee: number | undefined, amount: number) =>
    csvLine([doc, code, code ? (names.get(code) ?? code) : '', f.claims, f.points, f.insurerPays, f.publicExpensePays, fee, amount]);
  let s = csvLine(BILLING_SUMMARY_HEADER);
  for (const b of bills) s += row('請求書', b.insurerNumber, b.total, b.reviewFee, b.billed);
  const billed = sumFigures(bills.map((b) => b.total));
  s += row('請求書合計', '', billed, billed.reviewFee, bills.reduce((n, b) => n + b.billed, 0));
  for (const p of statements) s += row('支払額通知', p.providerCode, p.total, undefined, p.paid);
  return s + row('支払額通知合計', '', sumFigures(statements.map((p) => p.total)), undefined, statements.reduce((n, p) => n + p.paid, 0));
}
