/**
 * The review-fee table of the repository (billing/review-fees.csv), or another given with
 * --review-fees, and the fee of each decided claim from it. A claim no row applies to is charged
 * nothing and counted, so that the command can say so rather than post a guessed fee.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatBillingError, readReviewFeeTable, reviewFeeFor, type ReviewFeeRow } from '@kokuho/core/billing';
import type { FederationCode, YearMonth } from '@kokuho/core/common';
import { claimCategory } from '@kokuho/core/ledger';
import { UsageError } from '../usage-error.ts';
import { REPO } from './paths.ts';

export const REPO_REVIEW_FEES = join(REPO, 'billing', 'review-fees.csv');

export function readReviewFeesOrFail(path: string): ReviewFeeRow[] {
  if (!existsSync(path)) throw new UsageError(`審査支払手数料の表がありません: ${path}`);
  const t = readReviewFeeTable(path, readFileSync(path, 'utf8'));
  if (!t.ok) throw new UsageError(`審査支払手数料の表を読めません:\n${t.errors.map(formatBillingError).join('\n')}`);
  return t.value;
}

export interface ClaimFeeSource {
  fee(c: { insurerNumber: string; kind: string; receiptType: string }): number;
  /** Claims no row applied to (charged 0). */
  unmatched: number;
}

export function scheduledFees(schedule: readonly ReviewFeeRow[], federation: FederationCode, postingMonth: YearMonth): ClaimFeeSource {
  const source: ClaimFeeSource = {
    unmatched: 0,
    fee: (c) => {
      const yen = reviewFeeFor(schedule, { federation, insurerNumber: c.insurerNumber, category: claimCategory(c.kind, c.receiptType), month: postingMonth });
      if (yen === undefined) source.unmatched++;
      return yen ?? 0;
    },
  };
  return source;
}
