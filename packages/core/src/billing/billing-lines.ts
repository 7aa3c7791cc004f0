/**
 * The table both monthly documents share: the month's claims by category (当月分), then the changes
 * to claims of earlier postings (過誤調整: reversals by 過誤・取下げ・再審査 and the re-posting of a claim
 * a 再審査 re-priced) on rows of their own, so that a reversal is seen rather than netted silently
 * into the month's figures (rules-reference.md §9.3: 過誤調整 is offset against a later month), and
 * the total. Every figure is an integer sum of the claims' posted amounts.
 */
import { CLAIM_CATEGORIES, CLAIM_CATEGORY_LABELS, type ClaimAmounts, type ClaimCategory } from '../ledger/claim-amounts.ts';

export interface BillingFigures {
  /** 件数: a reversal counts −1. */
  claims: number;
  points: number;
  medicalCost: number;
  insurerPays: number;
  publicExpensePays: number;
  copay: number;
  mealCost: number;
  reviewFee: number;
}

export const NO_FIGURES: BillingFigures = { claims: 0, points: 0, medicalCost: 0, insurerPays: 0, publicExpensePays: 0, copay: 0, mealCost: 0, reviewFee: 0 };

export function addFigures(a: BillingFigures, b: BillingFigures | ClaimAmounts): BillingFigures {
  return {
    claims: a.claims + b.claims, points: a.points + b.points, medicalCost: a.medicalCost + b.medicalCost, insurerPays: a.insurerPays + b.insurerPays,
    publicExpensePays: a.publicExpensePays + b.publicExpensePays, copay: a.copay + b.copay, mealCost: a.mealCost + b.mealCost, reviewFee: a.reviewFee + b.reviewFee,
  };
}

export const sumFigures = (rows: readonly (BillingFigures | ClaimAmounts)[]): BillingFigures => rows.reduce<BillingFigures>(addFigures, NO_FIGURES);

/**
 * A posting that changes a claim of an earlier posting: a reversal names what it reverses; a
 * 再審査's re-priced claim is posted under its case's key (`correction:<id>:repost:…`).
 */
export const isAdjustment = (a: ClaimAmounts): boolean => a.reverses !== undefined || a.postingKey.includes(':repost:');

export type BillingSection = 'current' | 'adjustment' | 'total';
export const BILLING_SECTION_LABELS: Record<BillingSection, string> = { current: '当月分', adjustment: '過誤調整', total: '合計' };

export interface BillingLine {
  section: BillingSection;
  /** The category of the row; undefined for a subtotal or the total. */
  category: ClaimCategory | undefined;
  /** 「医科入院」, 「小計」, or '' for the total. */
  label: string;
  figures: BillingFigures;
}

export interface BillingTable {
  lines: BillingLine[];
  current: BillingFigures;
  adjustments: BillingFigures;
  total: BillingFigures;
}

/**
 * 当月分 has a row for every category, empty ones included (the form's rows are fixed); 過誤調整 has
 * rows for the categories it touches and its subtotal, 0 when there is none.
 */
export function billingTable(rows: readonly ClaimAmounts[]): BillingTable {
  const lines: BillingLine[] = [];
  const section = (s: 'current' | 'adjustment', own: readonly ClaimAmounts[], everyCategory: boolean): BillingFigures => {
    for (const c of CLAIM_CATEGORIES) {
      const of = own.filter((r) => r.category === c);
      if (of.length || everyCategory) lines.push({ section: s, category: c, label: CLAIM_CATEGORY_LABELS[c], figures: sumFigures(of) });
    }
    const subtotal = sumFigures(own);
    lines.push({ section: s, category: undefined, label: '小計', figures: subtotal });
    return subtotal;
  };
  const current = section('current', rows.filter((r) => !isAdjustment(r)), true);
  const adjustments = section('adjustment', rows.filter(isAdjustment), false);
  const total = addFigures(current, adjustments);
  lines.push({ section: 'total', category: undefined, label: '', figures: total });
  return { lines, current, adjustments, total };
}

/** The order of detail rows: by 診療年月, provider, claim, then posting (a claim before its reversal). */
export function byClaim(a: ClaimAmounts, b: ClaimAmounts): number {
  return cmp(a.serviceMonth, b.serviceMonth) || cmp(a.providerCode, b.providerCode) || a.claim.fileId - b.claim.fileId || a.claim.seq - b.claim.seq
    || cmp(a.postingKey, b.postingKey);
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** 'file/seq': the claim as the books name it (the file it came in and its place in the file). */
export const claimRef = (a: ClaimAmounts): string => `${a.claim.fileId}/${a.claim.seq}`;
