/**
 * 増減点事由 (the reason of a 査定), as the 増減点連絡書 prints them: record-decision accepts these codes,
 * the screens offer them, the notices to providers spell them out (rules-reference.md §9.3).
 */
export const REASON_CODES = [
  { code: 'A', label: '医学的に適応と認められないもの' },
  { code: 'B', label: '医学的に過剰と認められるもの' },
  { code: 'C', label: '医学的に重複と認められるもの' },
  { code: 'D', label: 'その他医学的に不適当・不必要なもの（算定要件に合致しないものを含む）' },
  { code: 'F', label: '固定点数が誤っているもの' },
  { code: 'G', label: '請求点数の集計が誤っているもの' },
  { code: 'H', label: '縦計計算が誤っているもの' },
  { code: 'K', label: 'その他' },
] as const;

export const reasonLabel = (code: string): string => REASON_CODES.find((r) => r.code === code)?.label ?? '';
