/**
 * Whether a case may be asked for, from what is known of the claim: who may ask (the claim's own
 * insurer or provider), the reason, one open case per claim, the claim's standing for the kind (paid
 * for a 過誤, decided for a 再審査, returned for a 再請求), no second 再審査 (rules-reference.md §9.3,
 * Fukuoka 国保連), no second reversal, and the deadline (deadlines.ts). The answer is the deadline to
 * record, or the first reason to refuse.
 */
import { fail, ok, type Result } from '../common/result.ts';
import type { LedgerEntry } from '../ledger/ledger-types.ts';
import { reasonAllowed } from './case-reasons.ts';
import { CORRECTION_KIND_LABELS, isOpenState, REQUESTERS_OF_KIND, type CaseState, type ClaimRef, type CorrectionKind, type CorrectionTiming, type OutcomeType, type Requester } from './case-types.ts';
import { correctionError, type CorrectionError } from './correction-errors.ts';
import { caseDeadline, isPastDeadline, type Deadline } from './deadlines.ts';
import { firstPostingMonth, moneyStanding } from './live-entries.ts';

/** What the books and the claims table say of a claim. */
export interface ClaimStanding {
  claim: ClaimRef;
  providerCode: string;
  insurerNumber: string;
  serviceMonth: string;
  /** Month (Japan time) the claim's file was received (受付), the 請求月 of a claim not posted yet; undefined when not known. */
  receivedMonth: string | undefined;
  birthDate: string;
  /** claims.state: current, withdrawn, superseded … */
  state: string;
  /** Returned at intake or by a reviewer (返戻). */
  returned: boolean;
  /** Decided for payment: 自動完結, or 確定 by a reviewer. */
  decided: boolean;
  /** For a new claim: the returned claim intake linked it to (再請求), if any. */
  supersedes: ClaimRef | undefined;
  /** Every ledger entry of the claim, reversals included. */
  entries: readonly LedgerEntry[];
  /** The claim's cases so far. */
  cases: readonly { caseId: number; kind: CorrectionKind; state: CaseState; outcome: OutcomeType | undefined }[];
}

export interface CaseRequest {
  kind: CorrectionKind;
  timing: CorrectionTiming | undefined;
  requester: Requester;
  claim: ClaimRef;
  newClaim: ClaimRef | undefined;
  reasonCode: string;
  reasonText: string;
  requestedOn: string;
}

const sameClaim = (a: ClaimRef, b: ClaimRef): boolean => a.fileId === b.fileId && a.seq === b.seq;

export function checkRequest(r: CaseRequest, s: ClaimStanding, newClaim?: ClaimStanding): Result<Deadline, CorrectionError> {
  const kindLabel = CORRECTION_KIND_LABELS[r.kind];
  if (!REQUESTERS_OF_KIND[r.kind].includes(r.requester.type)) return fail(correctionError('REQUESTER_KIND', `${kindLabel}は医療機関からの申出です`));
  const own = r.requester.type === 'insurer' ? s.insurerNumber.trim() === r.requester.code.trim() : s.providerCode.trim() === r.requester.code.trim();
  if (!own) return fail(correctionError('NOT_REQUESTER_OF_CLAIM'));
  if (!reasonAllowed(r.kind, r.reasonCode)) return fail(correctionError('UNKNOWN_REASON', `${kindLabel}の理由コード: ${r.reasonCode}`));
  if (r.reasonCode === 'other' && !r.reasonText.trim()) return fail(correctionError('REASON_TEXT_REQUIRED', '理由が「その他」のとき'));
  const open = s.cases.find((c) => isOpenState(c.state));
  if (open) return fail(correctionError('CASE_OPEN', `申出番号 ${open.caseId}`));

  const money = moneyStanding(s.entries);
  const standing = claimCheck(r, s, money);
  if (standing) return fail(standing);
  if (newClaim) {
    const e = newClaimCheck(r, s, newClaim);
    if (e) return fail(e);
  }
  const deadline = caseDeadline(r.kind, { serviceMonth: s.serviceMonth, firstPostingMonth: firstPostingMonth(s.entries), receivedMonth: s.receivedMonth, paid: money === 'paid' });
  if (isPastDeadline(deadline, r.requestedOn)) return fail(correctionError('PAST_DEADLINE', `${kindLabel}の期限は ${deadline.deadline} です（${deadline.basis}）。申出日 ${r.requestedOn}`));
  return ok(deadline);
}

function claimCheck(r: CaseRequest, s: ClaimStanding, money: ReturnType<typeof moneyStanding>): CorrectionError | undefined {
  switch (r.kind) {
    case 'correction':
      if (money === 'reversed') return correctionError('ALREADY_REVERSED');
      if (money === 'unpaid') return correctionError('NOT_PAID', '支払前のレセプトは取下げで申し出てください');
      if (s.state !== 'current') return correctionError('CLAIM_NOT_CURRENT');
      return undefined;
    case 're-review': {
      const earlier = s.cases.find((c) => c.kind === 're-review' && c.state === 'decided');
      if (earlier) return correctionError('REREVIEW_REPEATED', `申出番号 ${earlier.caseId} で決定済み`);
      if (money === 'reversed') return correctionError('ALREADY_REVERSED');
      if (s.state !== 'current') return correctionError('CLAIM_NOT_CURRENT');
      if (s.returned || !s.decided) return correctionError('CLAIM_NOT_DECIDED');
      return undefined;
    }
    case 'withdrawal':
      if (money === 'reversed') return correctionError('ALREADY_REVERSED');
      if (s.state !== 'current') return correctionError('CLAIM_NOT_CURRENT');
      return undefined;
    case 'resubmission': {
      if (!s.returned) return correctionError('CLAIM_NOT_RETURNED');
      const linked = s.cases.find((c) => c.kind === 'resubmission' && c.state === 'decided');
      return linked ? correctionError('ALREADY_RESUBMITTED', `申出番号 ${linked.caseId}`) : undefined;
    }
  }
}

/** The corrected claim: another claim of the same provider, 診療年月 and patient (by birth date: a 資格 fix changes the card). */
export function newClaimCheck(r: Pick<CaseRequest, 'kind' | 'timing'>, s: ClaimStanding, n: ClaimStanding): CorrectionError | undefined {
  const takesNewClaim = r.kind === 'resubmission' || (r.kind === 'correction' && r.timing === 'same-month');
  if (!takesNewClaim) return correctionError('NEW_CLAIM_MISMATCH', '再請求のレセプトを指定するのは再請求と同月過誤だけです');
  if (sameClaim(n.claim, s.claim)) return correctionError('NEW_CLAIM_MISMATCH', '元のレセプトと同じです');
  if (n.providerCode !== s.providerCode || n.serviceMonth !== s.serviceMonth || n.birthDate !== s.birthDate) return correctionError('NEW_CLAIM_MISMATCH');
  if (n.state !== 'current') return correctionError('CLAIM_NOT_CURRENT', '再請求のレセプト');
  if (n.supersedes && !sameClaim(n.supersedes, s.claim)) return correctionError('NEW_CLAIM_MISMATCH', `受付で別のレセプト（${n.supersedes.fileId}-${n.supersedes.seq}）の再請求とされています`);
  return undefined;
}
