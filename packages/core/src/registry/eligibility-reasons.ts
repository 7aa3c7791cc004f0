/**
 * Why a coverage period begins (資格取得事由) and ends (資格喪失事由). The national change files carry
 * codes of their own; these are the registry's names for them, each with its Japanese label.
 */
export const ACQUIRE_REASONS = {
  moveIn: '転入',
  leftEmployeeInsurance: '社保離脱',
  welfareEnded: '生保廃止',
  birth: '出生',
  ageReached: '年齢到達（75歳）',
  disabilityCertified: '障害認定',
  moveWithinPrefecture: '県内住所異動',
  other: 'その他',
} as const;
export type AcquireReason = keyof typeof ACQUIRE_REASONS;

export const LOSE_REASONS = {
  moveOut: '転出',
  joinedEmployeeInsurance: '社保加入',
  welfareStarted: '生保開始',
  death: '死亡',
  lateElderlyTransition: '後期高齢者医療へ移行',
  moveWithinPrefecture: '県内住所異動',
  other: 'その他',
} as const;
export type LoseReason = keyof typeof LOSE_REASONS;

export function isAcquireReason(s: string): s is AcquireReason {
  return Object.prototype.hasOwnProperty.call(ACQUIRE_REASONS, s);
}

export function isLoseReason(s: string): s is LoseReason {
  return Object.prototype.hasOwnProperty.call(LOSE_REASONS, s);
}
