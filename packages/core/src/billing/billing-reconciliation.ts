/**
 * The documents against the books: every bill's 請求額 must be its insurer's insurer-benefit +
 * review-fee entries of the month, every 公費 bill's its payer's public-expense + review-fee entries,
 * every statement's 支払額 its provider's provider-payment entries, and no own-prefecture insurer,
 * 公費 payer or provider with entries may be left without a document. Amounts and
 * entries are written together, so a difference means the books were changed outside the postings;
 * the documents are then not issued (a bill that disagrees with the ledger is worse than none).
 */
import type { LedgerEntry } from '../ledger/ledger-types.ts';
import type { InsurerBill } from './insurer-bill.ts';
import { isPublicExpenseCharge, type PublicExpenseBill } from './public-expense-bill.ts';
import type { ProviderPaymentStatement } from './provider-payment.ts';

export interface BillingMismatch {
  party: 'insurer' | 'public-expense' | 'provider';
  code: string;
  /** 請求額 or 支払額 of the document (0 when there is none). */
  documents: number;
  /** The same from the month's entries. */
  ledger: number;
}

/** 都道府県番号 within a 保険者番号: the first two digits, after 法別番号 39 for 後期高齢者医療 (insurer-number.ts). */
export const insurerNumberPrefecture = (n: string): string => (n.length === 8 ? n.slice(2, 4) : n.slice(0, 2));

export function billingMismatches(federation: string, postingMonth: string, bills: readonly InsurerBill[], statements: readonly ProviderPaymentStatement[],
  entries: readonly LedgerEntry[]): BillingMismatch[] {
  const billedByLedger = new Map<string, number>();
  const paidByLedger = new Map<string, number>();
  for (const e of entries) {
    if (e.postingMonth !== postingMonth) continue;
    if ((e.account === 'insurer-benefit' || e.account === 'review-fee') && e.debtor.type === 'insurer') add(billedByLedger, e.debtor.code, e.amount);
    if (e.account === 'provider-payment' && e.creditor.type === 'provider') add(paidByLedger, e.creditor.code, e.amount);
  }
  const billed = new Map(bills.map((b) => [b.insurerNumber, b.billed]));
  const paid = new Map(statements.map((s) => [s.providerCode, s.paid]));
  const out: BillingMismatch[] = [];
  const ownInsurers = new Set([...billed.keys(), ...[...billedByLedger.keys()].filter((n) => insurerNumberPrefecture(n) === federation)]);
  for (const n of [...ownInsurers].sort()) {
    const documents = billed.get(n) ?? 0, ledger = billedByLedger.get(n) ?? 0;
    if (documents !== ledger) out.push({ party: 'insurer', code: n, documents, ledger });
  }
  for (const p of [...new Set([...paid.keys(), ...paidByLedger.keys()])].sort()) {
    const documents = paid.get(p) ?? 0, ledger = paidByLedger.get(p) ?? 0;
    if (documents !== ledger) out.push({ party: 'provider', code: p, documents, ledger });
  }
  return out;
}

/** Every 公費 bill's 請求額 against its payer's entries; a payer with entries but no bill is one too. */
export function publicExpenseMismatches(postingMonth: string, bills: readonly PublicExpenseBill[], entries: readonly LedgerEntry[]): BillingMismatch[] {
  const byLedger = new Map<string, number>();
  for (const e of entries) if (e.postingMonth === postingMonth && isPublicExpenseCharge(e)) add(byLedger, e.debtor.code, e.amount);
  const billed = new Map(bills.map((b) => [b.payerNumber, b.billed]));
  return [...new Set([...billed.keys(), ...byLedger.keys()])].sort().flatMap((n) => {
    const documents = billed.get(n) ?? 0, ledger = byLedger.get(n) ?? 0;
    return documents === ledger ? [] : [{ party: 'public-expense' as const, code: n, documents, ledger }];
  });
}

function add(m: Map<string, number>, k: string, n: number): void {
  m.set(k, (m.get(k) ?? 0) + n);
}

const PARTY_LABELS: Record<BillingMismatch['party'], string> = { insurer: '保険者', 'public-expense': '公費負担者', provider: '医療機関' };

/** 「保険者 138016: 請求額 5,380円・帳簿 5,320円」 */
export function mismatchText(m: BillingMismatch): string {
  const yen = (n: number) => `${n.toLocaleString('ja-JP')}円`;
  return `${PARTY_LABELS[m.party]} ${m.code}: ${m.party === 'provider' ? '支払額' : '請求額'} ${yen(m.documents)}・帳簿 ${yen(m.ledger)}`;
}
