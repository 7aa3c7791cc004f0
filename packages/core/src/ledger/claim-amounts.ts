/**
 * What a posted claim came to, beside the entries that move its money: the category the bills count
 * it under, its points and the split of its cost. Bills to insurers and payment statements to
 * providers are sums of these; a reversal (過誤, 取下げ, a 再審査 that changes the amount) is the
 * same row with every figure negated, in the month it is decided.
 */
import type { LedgerEntry } from './ledger-types.ts';

/** The categories of the monthly bill (請求書): 医科入院・医科入院外・歯科・調剤・訪問看護. */
export type ClaimCategory = 'medical-inpatient' | 'medical-outpatient' | 'dental' | 'pharmacy' | 'visiting-nursing';
export const CLAIM_CATEGORIES: readonly ClaimCategory[] = ['medical-inpatient', 'medical-outpatient', 'dental', 'pharmacy', 'visiting-nursing'];
export const CLAIM_CATEGORY_LABELS: Record<ClaimCategory, string> = {
  'medical-inpatient': '医科入院',
  'medical-outpatient': '医科入院外',
  dental: '歯科',
  pharmacy: '調剤',
  'visiting-nursing': '訪問看護',
};

/** The bill's category of a claim: by its kind, and for 医科 (DPC included) by レセプト種別 (odd last digit: 入院). */
export function claimCategory(kind: string, receiptType: string): ClaimCategory {
  if (kind === 'dental') return 'dental';
  if (kind === 'pharmacy') return 'pharmacy';
  if (kind === 'visiting-nursing') return 'visiting-nursing';
  return kind === 'dpc' || Number(receiptType.slice(-1)) % 2 === 1 ? 'medical-inpatient' : 'medical-outpatient';
}

export interface ClaimAmounts {
  postingMonth: string;
  serviceMonth: string;
  claim: { fileId: number; seq: number };
  /** `claim:<fileId>:<seq>` for the claim's own posting; a reversal's key names its case. */
  postingKey: string;
  reverses: string | undefined;
  category: ClaimCategory;
  insurerNumber: string;
  /** 都道府県番号 of the insurer; another federation's means 全国決済. */
  insurerPrefecture: string;
  /** 都道府県番号 of the federation the provider billed. */
  providerFederation: string;
  providerCode: string;
  /** 1 for a claim, −1 for its reversal: counts add up like the amounts. */
  claims: 1 | -1;
  points: number;
  /** All yen. medicalCost = insurerPays + publicExpensePays + copay − window rounding (meals apart). */
  medicalCost: number;
  copay: number;
  insurerPays: number;
  publicExpensePays: number;
  /** 食事療養・生活療養 cost (yen), 0 without meals. */
  mealCost: number;
  reviewFee: number;
  reason: string;
}

/** One claim's posting: its entries and its amounts, written together. */
export interface ClaimPosting {
  entries: LedgerEntry[];
  amounts: ClaimAmounts;
}

/** The reversal of a claim's amounts, keyed by the case that reverses it. */
export function reversedAmounts(a: ClaimAmounts, postingMonth: string, reason: string, caseKey: string): ClaimAmounts {
  return {
    ...a, postingMonth, reason, reverses: a.postingKey, postingKey: `${caseKey}:reverse:${a.postingKey}`, claims: -a.claims as 1 | -1,
    points: -a.points, medicalCost: -a.medicalCost, copay: -a.copay, insurerPays: -a.insurerPays, publicExpensePays: -a.publicExpensePays,
    mealCost: -a.mealCost, reviewFee: -a.reviewFee,
  };
}
