/**
 * Why a case is asked for, as codes with Japanese labels, each allowed for some kinds. The codes are
 * ours (the references publish no code table for 過誤・再審査 reasons); the grounds are from
 * rules-reference.md §9.1 (縦覧・突合点検) and §9.3 (資格喪失後受診, 保険者間調整 of 資格過誤, 査定の事由,
 * 取下げ of one's own erroneous claim) and seed 000 (資格確認による過誤申出, レセプト点検による再審査申出).
 */
import type { CorrectionKind } from './case-types.ts';

export const CASE_REASONS = [
  { code: 'eligibility-lost', label: '資格喪失後の受診', kinds: ['correction'] },
  { code: 'other-insurer', label: '他の保険者の被保険者（資格過誤）', kinds: ['correction', 'withdrawal'] },
  { code: 'duplicate', label: '二重請求', kinds: ['correction', 'withdrawal'] },
  { code: 'billing-error', label: '請求内容の誤り', kinds: ['correction', 'withdrawal'] },
  { code: 'third-party', label: '第三者行為（求償の対象）', kinds: ['correction'] },
  { code: 'not-indicated', label: '医学的に適応と認められない', kinds: ['re-review'] },
  { code: 'excessive', label: '医学的に過剰・重複と認められる', kinds: ['re-review'] },
  { code: 'requirements', label: '算定要件に合致しない', kinds: ['re-review'] },
  { code: 'across-months', label: '縦覧点検による', kinds: ['re-review'] },
  { code: 'medical-pharmacy', label: '突合点検による', kinds: ['re-review'] },
  { code: 'adjustment-objection', label: '査定に対する異議（医療機関）', kinds: ['re-review'] },
  { code: 'return-fixed', label: '返戻の理由を訂正', kinds: ['resubmission'] },
  { code: 'eligibility-confirmed', label: '資格を確認', kinds: ['resubmission'] },
  { code: 'other', label: 'その他', kinds: ['correction', 're-review', 'withdrawal', 'resubmission'] },
] as const satisfies readonly { code: string; label: string; kinds: readonly CorrectionKind[] }[];

export type CaseReasonCode = (typeof CASE_REASONS)[number]['code'];

export function caseReason(code: string): (typeof CASE_REASONS)[number] | undefined {
  return CASE_REASONS.find((r) => r.code === code);
}

export const caseReasonLabel = (code: string): string => caseReason(code)?.label ?? '';

export function reasonAllowed(kind: CorrectionKind, code: string): boolean {
  return (caseReason(code)?.kinds as readonly CorrectionKind[] | undefined)?.includes(kind) ?? false;
}
