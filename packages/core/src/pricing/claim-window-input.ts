/**
 * What a stored claim says about its window pricing: the 所得区分 and 多数回 come from the レセプト
 * 特記事項 (別表9: 26 区ア … 30 区オ, 31 多ア … 35 多オ; 41 区カ・42 区キ・43 多カ・44 多キ for 後期),
 * read by the patient's age band (for 70歳以上 every claim carries one of 26–30: 26 現役並みⅢ or 3割
 * without a certificate, 27 現役並みⅡ, 28 現役並みⅠ, 29 一般, 30 低所得 — 医学通信社「レセプト請求の
 * 全知識」p.18 and uke-format.md 別表9). 30 区オ does not tell 低所得Ⅰ from Ⅱ; RE 一部負担金区分 does
 * (別表8, 記録条件仕様 医科 別表8 and uke-format.md §5.4: 1 and 2 低所得Ⅱ — 2 after 90 days in hospital —,
 * 3 and 4 低所得Ⅰ — 4 老齢福祉年金受給). It is recorded whenever the 認定証 is shown, except that a claim
 * 入院外 records it only when 高額療養費 was paid in kind: an outpatient claim without it is priced as
 * Ⅱ, whose outpatient limit is Ⅰ's (8,000, rules-reference.md §2.2), an inpatient one is refused.
 * What the claim cannot say is refused with a reason rather than guessed: a claim under 70 without a
 * 区 code pays the ratio at the window (no certificate); it is priced as such only while the ratio
 * stays under every limit.
 */
import type { IsoDate, YearMonth } from '../common/dates.ts';
import type { WindowCopayInput, WindowIncomeCategory } from './window-copay-types.ts';

export interface ClaimWindowFacts {
  points: number;
  serviceMonth: YearMonth;
  birthDate: IsoDate;
  /** レセプト種別 (別表5, 4 digits): the last digit is odd for 入院. */
  receiptType: string;
  specialNotes: readonly string[];
  /** RE 一部負担金・食事療養費・生活療養費標準負担額区分 (別表8, '' when not recorded). */
  lowIncomeClass: string;
  /** Band of the patient in the service month (pricing's ageAtMonth). */
  ageBracket: 'preschool' | 'under70' | 'age70to74' | 'lateElderly';
}

export type ClaimWindowInput =
  | { ok: true; input: WindowCopayInput; /** Under 70 without a 区 code: valid only if no limit applies. */ ratioOnly: boolean }
  | { ok: false; reason: string };

const UNDER70: Record<string, WindowIncomeCategory> = { '26': 'ア', '27': 'イ', '28': 'ウ', '29': 'エ', '30': 'オ' };
const AGE70: Record<string, WindowIncomeCategory> = { '26': '現役並みⅢ', '27': '現役並みⅡ', '28': '現役並みⅠ', '29': '一般', '30': '低所得Ⅱ' };
/** 別表8 for 70歳以上: the 低所得 group each code stands for. */
const LOW_INCOME_OF_CLASS: Record<string, WindowIncomeCategory> = { '1': '低所得Ⅱ', '2': '低所得Ⅱ', '3': '低所得Ⅰ', '4': '低所得Ⅰ' };
const LATE_EXTRA: Record<string, WindowIncomeCategory> = { '41': '一般Ⅱ', '42': '一般Ⅰ' };
/** 多数回 codes and the 区 code they stand for. */
const REPEATED: Record<string, string> = { '31': '26', '32': '27', '33': '28', '34': '29', '35': '30', '43': '41', '44': '42' };

export function claimWindowInput(f: ClaimWindowFacts): ClaimWindowInput {
  const inpatient = Number(f.receiptType.slice(-1)) % 2 === 1;
  const repeatedCode = f.specialNotes.find((c) => c in REPEATED);
  const code = repeatedCode ? REPEATED[repeatedCode]! : f.specialNotes.find((c) => c in UNDER70 || c in LATE_EXTRA);
  // レセプト種別 13xx is 後期高齢者医療: under 75 only by 障害認定, which the window pricing (by age) does not know
  if (f.receiptType[1] === '3' && f.ageBracket !== 'lateElderly') return { ok: false, reason: '75歳未満の後期高齢者医療（障害認定）のレセプト（価格付けは未対応）' };
  const base = { points: f.points, serviceMonth: f.serviceMonth, birthDate: f.birthDate, inpatient, repeatedHighCost: repeatedCode !== undefined };
  if (f.ageBracket === 'preschool' || f.ageBracket === 'under70') {
    if (!code) return { ok: true, input: { ...base, incomeCategory: 'ア' }, ratioOnly: true };
    const category = UNDER70[code];
    return category ? { ok: true, input: { ...base, incomeCategory: category }, ratioOnly: false } : { ok: false, reason: `70歳未満のレセプトに後期高齢者の区分（特記事項 ${code}）があります` };
  }
  if (!code) {
    // the レセプト種別 still tells the ratio: its last digit 7/8 is 高齢受給者・後期の一般 (2割・1割), 9/0 is
    // 7割給付 (現役並み) — the same as 29 区エ and 26 区ア, which a claim without a certificate carries
    const last = f.receiptType.slice(-1);
    if (['7', '8'].includes(last)) return { ok: true, input: { ...base, incomeCategory: '一般' }, ratioOnly: false };
    if (['9', '0'].includes(last)) return { ok: true, input: { ...base, incomeCategory: '現役並みⅢ' }, ratioOnly: false };
    return { ok: false, reason: `70歳以上のレセプトに所得区分の特記事項（26〜30）がなく、レセプト種別（${f.receiptType}）からも分かりません` };
  }
  const category = f.ageBracket === 'lateElderly' ? (LATE_EXTRA[code] ?? AGE70[code]) : AGE70[code];
  if (!category) return { ok: false, reason: `70〜74歳のレセプトに後期高齢者の区分（特記事項 ${code}）があります` };
  if (category === '低所得Ⅱ') {
    const low = lowIncomeGroup(f.lowIncomeClass, inpatient);
    return low.ok ? { ok: true, input: { ...base, incomeCategory: low.category }, ratioOnly: false } : low;
  }
  return { ok: true, input: { ...base, incomeCategory: category }, ratioOnly: false };
}

/** 低所得Ⅰ or Ⅱ of a 70歳以上 claim with 30 区オ (or 35 多オ), from its 別表8 code. */
function lowIncomeGroup(lowIncomeClass: string, inpatient: boolean): { ok: true; category: WindowIncomeCategory } | { ok: false; reason: string } {
  const category = LOW_INCOME_OF_CLASS[lowIncomeClass];
  if (category) return { ok: true, category };
  if (lowIncomeClass !== '') return { ok: false, reason: `一部負担金区分（別表8）が読めない（${lowIncomeClass}）` };
  // 入院外 records 別表8 only when 高額療養費 was paid in kind; without it Ⅰ and Ⅱ pay alike (8,000)
  if (!inpatient) return { ok: true, category: '低所得Ⅱ' };
  return { ok: false, reason: '70歳以上の入院のレセプトに区オ（特記事項 30）があり一部負担金区分（別表8）がないため、低所得Ⅰ・Ⅱが分からない' };
}
