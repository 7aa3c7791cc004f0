/**
 * SIMULATED reviewers, for measuring on generated months only: what a 審査委員会 that found every
 * planted error would have decided, from the ground truth. A check or judgement error is a 査定 of
 * its line with the kind's 事由 (error-kinds.ts); an error of another category on a claim that
 * reached review is a 返戻. The store's simulateReviewers records these through recordDecision,
 * under an account that says it is simulated, so that a risk model can learn from a labelled month.
 */
import { ERROR_KINDS, type ErrorCategory, type ErrorKind, type GroundTruthEntry } from '../errors/error-kinds.ts';

export interface PlantedForReview {
  file: string;
  receiptNumber: number;
  line: number;
  kind: ErrorKind;
  category: ErrorCategory;
  /** A line to cut (査定); otherwise the claim is returned (返戻). */
  adjustable: boolean;
  /** 増減点事由 of the 査定 ('' for a 返戻). */
  reasonCode: string;
  /** What the reviewer writes (the kind's label). */
  label: string;
}

export function plantedForReview(truth: readonly GroundTruthEntry[]): PlantedForReview[] {
  return truth.flatMap((g) => {
    if (g.claim === null) return [];
    const info = ERROR_KINDS[g.kind];
    const reason: string | undefined = 'reason' in info ? info.reason : undefined;
    return [{ file: g.file, receiptNumber: g.claim, line: g.line, kind: g.kind, category: g.category, adjustable: reason !== undefined, reasonCode: reason ?? '', label: info.label }];
  });
}
