/**
 * The ledger (issue 6): every decided claim, correction and adjustment becomes entries saying who
 * owes whom how much, for which claim and which month. Entries are never changed; a correction is a
 * new entry (a reversal with the opposite amount) in the month it is decided.
 */

/** Who owes or is owed: an insurer (保険者番号), a 公費 payer (負担者番号), a provider (医療機関コード), a federation (都道府県番号). */
export interface Party {
  type: 'insurer' | 'public-expense' | 'provider' | 'federation';
  code: string;
}

/**
 * What an entry is for:
 * - insurer-benefit: the insurer's share of a claim (保険者負担), owed by the insurer to the federation
 * - public-expense: a 公費 payer's share, owed to the federation
 * - provider-payment: what the federation pays the provider for a claim (保険者負担 + 公費)
 * - review-fee: 審査支払手数料, owed by the insurer to the federation per claim
 * - settlement: 全国決済, in the books of the federation of the insurer's prefecture: what it owes the
 *   federation that paid the provider for its insurers' claims, through the central association
 */
export type LedgerAccount = 'insurer-benefit' | 'public-expense' | 'provider-payment' | 'review-fee' | 'settlement';
export const LEDGER_ACCOUNTS: readonly LedgerAccount[] = ['insurer-benefit', 'public-expense', 'provider-payment', 'review-fee', 'settlement'];

export interface LedgerEntry {
  /** The month whose books the entry belongs to (処理月, 'YYYY-MM'): never a closed one. */
  postingMonth: string;
  /** 診療年月 of the claim. */
  serviceMonth: string;
  claim: { fileId: number; seq: number } | undefined;
  account: LedgerAccount;
  debtor: Party;
  creditor: Party;
  /** Yen; positive: the debtor owes the creditor; negative: a reversal. */
  amount: number;
  /** Unique per federation: posting the same thing twice writes it once. */
  postingKey: string;
  /** For a reversal: the posting key of the entry it reverses. */
  reverses: string | undefined;
  reason: string;
}

/** A decided claim's amounts, in yen (pricing's output and the claim's parties). */
export interface PricedClaim {
  fileId: number;
  seq: number;
  serviceMonth: string;
  federation: string;
  providerCode: string;
  insurerNumber: string;
  medicalCost: number;
  copay: number;
  insurerPays: number;
  /** Each 公費 payer's share, in the order of the claim's KO records. */
  publicExpense: { payerNumber: string; pays: number }[];
  /** 審査支払手数料 for this claim (0 when none is agreed). */
  reviewFee: number;
}
