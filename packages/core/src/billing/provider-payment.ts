/**
 * The monthly payment statement to a provider (支払額通知): 国保請求支払システム 「…医療機関への支払を
 * 行う」 (seed 000). Per category the claims, points and the decided amount (決定金額 = 保険者負担 +
 * 公費負担: what the federation pays; the patient's copay was paid at the window); the 過誤調整 rows
 * apart, offset against this month's payment (rules-reference.md §9.3); and the amount paid (支払額).
 *
 * A provider bills its own prefecture's federation for every patient, whatever the insurer's
 * prefecture (§10.2), so the statement holds all its claims in this federation's books. Rows posted
 * here by 全国決済 for claims another federation paid are not this federation's payments.
 */
import type { ClaimAmounts } from '../ledger/claim-amounts.ts';
import { billingTable, byClaim, type BillingFigures, type BillingTable } from './billing-lines.ts';

export interface ProviderPaymentStatement extends BillingTable {
  federation: string;
  postingMonth: string;
  providerCode: string;
  /**
   * 支払額 = Σ 決定金額. Each posting's provider-payment entry is its insurer share plus its 公費
   * shares (claim-postings.ts), so this equals the provider's provider-payment entries of the month.
   */
  paid: number;
  postings: ClaimAmounts[];
}

/** 決定金額 of a row of figures: what the federation pays for it. */
export const decidedAmount = (f: BillingFigures): number => f.insurerPays + f.publicExpensePays;

export function providerPaymentStatement(federation: string, postingMonth: string, providerCode: string, rows: readonly ClaimAmounts[]): ProviderPaymentStatement {
  const own = rows.filter((r) => r.postingMonth === postingMonth && r.providerFederation === federation && r.providerCode === providerCode).sort(byClaim);
  const table = billingTable(own);
  return { federation, postingMonth, providerCode, ...table, paid: decidedAmount(table.total), postings: own };
}

/** The month's statements: one per provider of the federation with postings, by provider code. */
export function providerPaymentStatements(federation: string, postingMonth: string, rows: readonly ClaimAmounts[]): ProviderPaymentStatement[] {
  const paid = rows.filter((r) => r.postingMonth === postingMonth && r.providerFederation === federation);
  return [...new Set(paid.map((r) => r.providerCode))].sort().map((p) => providerPaymentStatement(federation, postingMonth, p, paid));
}
