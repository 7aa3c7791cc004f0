/**
 * 下限年齢 / 上限年齢 codes of the 医科診療行為 and 特定器材 masters (MSPEC 項番41–42):
 * two digits = years; letters for limits that are not whole years. 上限 is exclusive
 * (算定可能な年齢 < 上限年齢), 下限 inclusive.
 */
export type AgeLimit =
  | { kind: 'none' }
  | { kind: 'years'; years: number }
  /** 生後N日 (AA 28 days, AE 90 days). */
  | { kind: 'days'; days: number }
  /** N歳に達した日の翌月の1日 (B3, B6, BF, BK). */
  | { kind: 'monthAfterBirthday'; years: number }
  /** 未就学児 (MG). */
  | { kind: 'preschool' }
  | { kind: 'unknown'; code: string };

const LETTER_CODES: Record<string, AgeLimit> = {
  AA: { kind: 'days', days: 28 },
  AE: { kind: 'days', days: 90 },
  B3: { kind: 'monthAfterBirthday', years: 3 },
  B6: { kind: 'monthAfterBirthday', years: 6 },
  BF: { kind: 'monthAfterBirthday', years: 15 },
  BK: { kind: 'monthAfterBirthday', years: 20 },
  MG: { kind: 'preschool' },
};

export function decodeAgeLimit(code: string): AgeLimit {
  if (code === '' || code === '00') return { kind: 'none' };
  if (/^\d{2}$/.test(code)) return { kind: 'years', years: Number(code) };
  return LETTER_CODES[code] ?? { kind: 'unknown', code };
}
