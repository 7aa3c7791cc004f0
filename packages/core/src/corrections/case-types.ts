/**
 * Corrections of decided claims (過誤・再審査・取下げ・再請求) as cases: who asked, about which claim,
 * why, by when, and what was decided. A case never edits the past: its money is new ledger entries in
 * the month it is decided (case-money.ts). Sources: ../shared/docs/rules-reference.md §9.3 and §10.1,
 * ../shared/docs/system-map.md (国保請求支払システム, 保険者レセプト管理システム).
 */

/**
 * - correction (過誤): reverse a decided and paid claim (e.g. 資格喪失後の受診, 二重請求)
 * - re-review (再審査): a second review of a decided claim; 原審どおり or 査定
 * - withdrawal (取下げ): the provider withdraws its own claim, before or after payment
 * - resubmission (再請求): the corrected claim sent again after a 返戻, linked to the returned one
 */
export type CorrectionKind = 'correction' | 're-review' | 'withdrawal' | 'resubmission';
export const CORRECTION_KINDS: readonly CorrectionKind[] = ['correction', 're-review', 'withdrawal', 'resubmission'];
export const CORRECTION_KIND_LABELS: Record<CorrectionKind, string> = {
  correction: '過誤',
  're-review': '再審査',
  withdrawal: '取下げ',
  resubmission: '再請求',
};

/**
 * 通常過誤: the claim is reversed in the month the case is decided and re-billed later as a new claim.
 * 同月過誤: the reversal and the corrected claim are posted in the same month, so that only the
 * difference is settled (rules-reference.md §9.3).
 */
export type CorrectionTiming = 'ordinary' | 'same-month';
export const CORRECTION_TIMING_LABELS: Record<CorrectionTiming, string> = { ordinary: '通常過誤', 'same-month': '同月過誤' };

export type CaseState = 'requested' | 'under-review' | 'decided' | 'refused' | 'cancelled';
export const CASE_STATES: readonly CaseState[] = ['requested', 'under-review', 'decided', 'refused', 'cancelled'];
export const CASE_STATE_LABELS: Record<CaseState, string> = {
  requested: '申出受付',
  'under-review': '審査中',
  decided: '決定',
  refused: '不受理',
  cancelled: '申出取消',
};
/** An open case blocks another case on the same claim. */
export const isOpenState = (s: CaseState): boolean => s === 'requested' || s === 'under-review';

/** Who asks: an insurer (保険者番号) or a provider (医療機関コード). */
export interface Requester {
  type: 'insurer' | 'provider';
  code: string;
}

/** Who acts on a case: the requester's side, or the federation's staff. */
export interface Actor {
  accountId: string;
  party: Requester | { type: 'federation'; code: string };
}

/** A 査定 of one line in a 再審査: the line of the claim's file, its points before and after, its 回数. */
export interface LineCut {
  line: number;
  /** The line's item code (診療行為・医薬品・特定器材). */
  code: string;
  pointsBefore: number;
  pointsAfter: number;
  count: number;
  /** 増減点事由 A–K (review/reason-codes.ts). */
  reasonCode: string;
}

/**
 * What a decided case decided:
 * - accepted: 過誤 or 取下げ accepted (the claim is reversed if it was paid)
 * - unchanged: 再審査 原審どおり (no change, no money)
 * - adjusted: 再審査 査定 (lines cut; the claim is re-priced at the lower points)
 * - linked: 再請求 linked to the returned claim (the new claim is paid as a normal claim)
 */
export type CaseOutcome =
  | { type: 'accepted' }
  | { type: 'unchanged' }
  | { type: 'adjusted'; cuts: LineCut[] }
  | { type: 'linked' };
export type OutcomeType = CaseOutcome['type'];
export const OUTCOME_LABELS: Record<OutcomeType, string> = {
  accepted: '受理（取消し）',
  unchanged: '原審どおり',
  adjusted: '査定',
  linked: '再請求を受付',
};
export const OUTCOMES_OF_KIND: Record<CorrectionKind, readonly OutcomeType[]> = {
  correction: ['accepted'],
  're-review': ['unchanged', 'adjusted'],
  withdrawal: ['accepted'],
  resubmission: ['linked'],
};
/** Who may ask for which kind (rules-reference.md §9.3: 再審査 by either; 取下げ and 再請求 are the provider's own). */
export const REQUESTERS_OF_KIND: Record<CorrectionKind, readonly Requester['type'][]> = {
  correction: ['insurer', 'provider'],
  're-review': ['insurer', 'provider'],
  withdrawal: ['provider'],
  resubmission: ['provider'],
};

export interface ClaimRef {
  fileId: number;
  seq: number;
}

export interface CorrectionCase {
  caseId: number;
  federation: string;
  kind: CorrectionKind;
  /** Set for kind 'correction' only. */
  timing: CorrectionTiming | undefined;
  requester: Requester;
  /** The account that entered the request (the requester's own, or federation staff for a paper request). */
  enteredBy: string;
  claim: ClaimRef;
  /** The corrected claim: 再請求's new claim, or 同月過誤's re-billed claim. */
  newClaim: ClaimRef | undefined;
  reasonCode: string;
  reasonText: string;
  requestedOn: string;
  /** Last day to ask (inclusive), or undefined when the references give none. */
  deadline: string | undefined;
  /** How the deadline was counted, in Japanese. */
  deadlineBasis: string;
  state: CaseState;
  outcome: CaseOutcome | undefined;
  /** The month whose books took the case's money (処理月). */
  postingMonth: string | undefined;
  decidedOn: string | undefined;
}

export interface CaseEvent {
  eventNo: number;
  action: CaseAction;
  fromState: CaseState | undefined;
  toState: CaseState;
  accountId: string;
  at: string;
  reason: string;
}

/** What moves a case: request creates it, the others move it (case-transitions.ts). */
export type CaseAction = 'request' | 'start-review' | 'decide' | 'refuse' | 'cancel';
export const CASE_ACTION_LABELS: Record<CaseAction, string> = {
  request: '申出',
  'start-review': '審査開始',
  decide: '決定',
  refuse: '不受理',
  cancel: '申出取消',
};
