/**
 * The money a decided case moves, as new ledger entries (and the claim amounts the bills count) in its
 * posting month (処理月); nothing already posted is touched (architecture.md: "corrections … as new
 * entries in a later month, never edits").
 *
 * - 過誤 / 取下げ after payment: every standing entry of the claim reversed — the insurer's bill and
 *   the provider's payment of that month both fall by the claim's amounts, the review fee too — and
 *   its amounts counted as −1 claim.
 * - 同月過誤: the same reversal, and the corrected claim's own posting in the same month, so that the
 *   month settles only the difference (rules-reference.md §9.3). If the corrected claim is already
 *   posted it must be in that month.
 * - 取下げ before payment, 再審査 原審どおり, 再請求: no money.
 * - 再審査 査定: the standing posting reversed and the claim posted again at its new pricing (priced by
 *   the caller with the review fee the claim was charged: standingReviewFee).
 *
 * Keys start with `correction:<caseId>:` so that deciding again writes nothing twice.
 */
import { fail, ok, type Result } from '../common/result.ts';
import { reversedAmounts, type ClaimAmounts, type ClaimPosting } from '../ledger/claim-amounts.ts';
import { reversalPostings } from '../ledger/claim-postings.ts';
import type { LedgerEntry } from '../ledger/ledger-types.ts';
import { caseReasonLabel } from './case-reasons.ts';
import { CORRECTION_KIND_LABELS, CORRECTION_TIMING_LABELS, OUTCOME_LABELS, OUTCOMES_OF_KIND, type CaseOutcome, type CorrectionKind, type CorrectionTiming } from './case-types.ts';
import { correctionError, type CorrectionError } from './correction-errors.ts';
import { liveAmounts, liveEntries, moneyStanding } from './live-entries.ts';

export const caseKey = (caseId: number): string => `correction:${caseId}`;

/** What a case posts: entries, and the claim amounts beside them (none for a claim posted before amounts were kept). */
export interface CaseMoney {
  entries: LedgerEntry[];
  amounts: ClaimAmounts[];
}

export interface CaseMoneyInput {
  caseId: number;
  kind: CorrectionKind;
  timing: CorrectionTiming | undefined;
  reasonCode: string;
  outcome: CaseOutcome;
  postingMonth: string;
  /** Every entry and amounts row of the claim so far, reversals included. */
  claim: { entries: readonly LedgerEntry[]; amounts: readonly ClaimAmounts[] };
  /** 再審査 査定: the claim's posting at its points after the cuts, under its usual keys (`claim:…`). */
  repriced?: ClaimPosting | undefined;
  /** 同月過誤: the corrected claim's entries so far and its posting (needed when it is not yet posted). */
  newClaim?: { entries: readonly LedgerEntry[]; posting: ClaimPosting | undefined } | undefined;
}

/** The review fee the claim stands charged with: kept when it is re-priced. */
export const standingReviewFee = (entries: readonly LedgerEntry[]): number =>
  liveEntries(entries).filter((e) => e.account === 'review-fee').reduce((n, e) => n + e.amount, 0);

/** The reason the entries carry, in Japanese: 「過誤（通常過誤）: 資格喪失後の受診」. */
export function caseEntryReason(i: Pick<CaseMoneyInput, 'kind' | 'timing' | 'reasonCode' | 'outcome'>): string {
  const kind = i.kind === 'correction' && i.timing ? `${CORRECTION_KIND_LABELS[i.kind]}（${CORRECTION_TIMING_LABELS[i.timing]}）`
    : i.kind === 're-review' ? `${CORRECTION_KIND_LABELS[i.kind]}（${OUTCOME_LABELS[i.outcome.type]}）` : CORRECTION_KIND_LABELS[i.kind];
  const reason = caseReasonLabel(i.reasonCode);
  return reason ? `${kind}: ${reason}` : kind;
}

const NOTHING: CaseMoney = { entries: [], amounts: [] };

export function caseMoney(i: CaseMoneyInput): Result<CaseMoney, CorrectionError> {
  if (!OUTCOMES_OF_KIND[i.kind].includes(i.outcome.type)) return fail(correctionError('INVALID_OUTCOME', `${CORRECTION_KIND_LABELS[i.kind]}に「${OUTCOME_LABELS[i.outcome.type]}」`));
  if (i.outcome.type === 'unchanged' || i.outcome.type === 'linked') return ok(NOTHING);
  const standing = moneyStanding(i.claim.entries);
  if (standing === 'reversed') return fail(correctionError('ALREADY_REVERSED'));
  if (standing === 'unpaid') return i.kind === 'withdrawal' ? ok(NOTHING) : fail(correctionError('NOT_PAID'));
  const live = liveEntries(i.claim.entries);
  const latest = live.map((e) => e.postingMonth).sort().at(-1)!;
  if (i.postingMonth < latest) return fail(correctionError('POSTING_MONTH_TOO_EARLY', `${i.postingMonth} は ${latest} より前`));
  const key = caseKey(i.caseId);
  const reason = caseEntryReason(i);
  const reversal: CaseMoney = {
    entries: reversalPostings(live, i.postingMonth, reason, key),
    amounts: liveAmounts(i.claim.amounts).map((a) => reversedAmounts(a, i.postingMonth, reason, key)),
  };

  if (i.outcome.type === 'adjusted') {
    if (!i.repriced) return fail(correctionError('NOT_PRICEABLE'));
    const p = i.repriced;
    return ok({
      entries: [...reversal.entries, ...p.entries.map((e) => ({ ...e, postingMonth: i.postingMonth, reason, postingKey: `${key}:repost:${e.postingKey}` }))],
      amounts: [...reversal.amounts, { ...p.amounts, postingMonth: i.postingMonth, reason, postingKey: `${key}:repost:${p.amounts.postingKey}` }],
    });
  }
  if (i.kind === 'correction' && i.timing === 'same-month') {
    if (!i.newClaim) return fail(correctionError('NEW_CLAIM_REQUIRED'));
    if (moneyStanding(i.newClaim.entries) === 'reversed') return fail(correctionError('ALREADY_REVERSED', '再請求のレセプト'));
    const posted = i.newClaim.entries.filter((e) => !e.reverses);
    const elsewhere = posted.find((e) => e.postingMonth !== i.postingMonth);
    if (elsewhere) return fail(correctionError('SAME_MONTH_MISMATCH', `再請求分は ${elsewhere.postingMonth} に記帳済み`));
    if (posted.length) return ok(reversal);
    if (!i.newClaim.posting) return fail(correctionError('NOT_PRICEABLE', '再請求のレセプト'));
    const p = i.newClaim.posting;
    if (p.entries.some((e) => e.postingMonth !== i.postingMonth) || p.amounts.postingMonth !== i.postingMonth) return fail(correctionError('SAME_MONTH_MISMATCH'));
    return ok({ entries: [...reversal.entries, ...p.entries], amounts: [...reversal.amounts, p.amounts] });
  }
  return ok(reversal);
}
