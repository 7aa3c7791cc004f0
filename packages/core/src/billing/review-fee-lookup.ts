/**
 * The review fee of one claim from the table: of the rows of the claim's federation that apply to it
 * (its insurer or every insurer, its category or every category, in force by the posting month), the
 * most specific wins — an insurer's own row over the federation's, then a category's row over
 * all categories — and among equally specific rows the latest `from` not after the month. So an
 * insurer's agreed fee stays until a newer row for that insurer replaces it, even when the
 * federation's general fee changes.
 */
import type { ClaimCategory } from '../ledger/claim-amounts.ts';
import type { ReviewFeeRow } from './review-fee-table.ts';

export interface ReviewFeeQuery {
  federation: string;
  insurerNumber: string;
  category: ClaimCategory;
  /** Posting month (処理月) 'YYYY-MM'. */
  month: string;
}

const specificity = (r: ReviewFeeRow): number => (r.insurerNumber ? 2 : 0) + (r.category ? 1 : 0);

/** The row that sets the claim's fee, or undefined when the table says nothing for it. */
export function reviewFeeRowFor(schedule: readonly ReviewFeeRow[], q: ReviewFeeQuery): ReviewFeeRow | undefined {
  let best: ReviewFeeRow | undefined;
  for (const r of schedule) {
    if (r.federation !== q.federation || r.from > q.month) continue;
    if (r.insurerNumber !== undefined && r.insurerNumber !== q.insurerNumber) continue;
    if (r.category !== undefined && r.category !== q.category) continue;
    if (!best || specificity(r) > specificity(best) || (specificity(r) === specificity(best) && r.from > best.from)) best = r;
  }
  return best;
}

/** Yen per claim, or undefined when no row applies (the caller decides: 0 with a warning, or refuse). */
export const reviewFeeFor = (schedule: readonly ReviewFeeRow[], q: ReviewFeeQuery): number | undefined => reviewFeeRowFor(schedule, q)?.yen;
