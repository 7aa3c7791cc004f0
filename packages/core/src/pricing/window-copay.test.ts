/**
 * Worked examples of window pricing. Each row cites its source: sections of
 * ../shared/docs/rules-reference.md (and what they cite), or the rule the row pins.
 * Amounts are computed by hand from the tables there; 医療費 = 点数 × 10.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { priceWindowCopay, type WindowCopayInput, type WindowCopayResult } from './index.ts';

const UNDER70 = '1980-06-15'; // 44 in 2025-05
const AGE72 = '1953-03-10'; // 72 in 2025-05: 高齢受給者
const LATE = '1945-06-15'; // 79: 後期
const CHILD = '2021-06-15'; // 3: 未就学

type Row = [id: string, source: string, input: Partial<WindowCopayInput> & Pick<WindowCopayInput, 'points' | 'birthDate' | 'incomeCategory'>, expected: Partial<WindowCopayResult>];

const base = { serviceMonth: '2025-05', inpatient: false, repeatedHighCost: false };

const ROWS: Row[] = [
  // ── under 70, 区分ア–オ (§2.1) ──
  ['ア 入院', '§2.1 ア: 252,600 + (1,000,000 − 842,000) × 1% = 254,180',
    { points: 100_000, birthDate: UNDER70, incomeCategory: 'ア', inpatient: true },
    { medicalCost: 1_000_000, ratioTenths: 3, copayByRatio: 300_000, limit: 254_180, copay: 254_180, insurerPays: 745_820, highCostApplied: true, limitKind: 'under70' }],
  ['ア 外来 below the limit', '§2.1: the 1% term only above the threshold; §1.2(2)(3)',
    { points: 1_000, birthDate: UNDER70, incomeCategory: 'ア' },
    { medicalCost: 10_000, limit: 252_600, copay: 3_000, insurerPays: 7_000, highCostApplied: false }],
  ['イ 入院', '§2.1 イ: 167,400 + (700,000 − 558,000) × 1% = 168,820',
    { points: 70_000, birthDate: UNDER70, incomeCategory: 'イ', inpatient: true },
    { copayByRatio: 210_000, limit: 168_820, copay: 168_820, insurerPays: 531_180 }],
  ['ウ 入院 (Takahagi worked check)', '§2.3 worked check 区分ウ: 医療費 400,000, limit 80,100 + 1,330 = 81,430, 38,570 over it',
    { points: 40_000, birthDate: UNDER70, incomeCategory: 'ウ', inpatient: true },
    { copayByRatio: 120_000, limit: 81_430, copay: 81_430, insurerPays: 318_570, highCostApplied: true }],
  ['ウ 1% term of 1,330.5 yen rounds up', '§1.2(5) 健保令42条: 50銭以上切上げ; (400,050 − 267,000) × 1% = 1,330.5 → 1,331',
    { points: 40_005, birthDate: UNDER70, incomeCategory: 'ウ' },
    { medicalCost: 400_050, limit: 81_431, copay: 81_431, insurerPays: 318_619 }],
  ['ウ 1% term of 1,330.4 yen rounds down', '§1.2(5): 50銭未満切捨て; (400,040 − 267,000) × 1% = 1,330.4 → 1,330',
    { points: 40_004, birthDate: UNDER70, incomeCategory: 'ウ' },
    { medicalCost: 400_040, limit: 81_430, copay: 81_430, insurerPays: 318_610 }],
  ['エ 外来', '§2.1 エ: 57,600',
    { points: 30_000, birthDate: UNDER70, incomeCategory: 'エ' },
    { copayByRatio: 90_000, limit: 57_600, copay: 57_600, insurerPays: 242_400 }],
  ['エ: 57,597 rounds to 57,600, not a high-cost case', '§1.2(3) rounding; §1.2(2) the insurer pays 7割 = 134,393 (the +3 stays with the provider)',
    { points: 19_199, birthDate: UNDER70, incomeCategory: 'エ', inpatient: true },
    { copayByRatio: 57_597, limit: 57_600, copay: 57_600, insurerPays: 134_393, windowRounding: 3, highCostApplied: false }],
  ['オ 入院', '§2.1 オ: 35,400',
    { points: 20_000, birthDate: UNDER70, incomeCategory: 'オ', inpatient: true },
    { limit: 35_400, copay: 35_400, insurerPays: 164_600 }],
  // ── 多数回 (§2.1 column 多数回, §2.4) ──
  ['ア 多数回', '§2.1 ア 多数回 140,100',
    { points: 100_000, birthDate: UNDER70, incomeCategory: 'ア', inpatient: true, repeatedHighCost: true },
    { limit: 140_100, copay: 140_100, insurerPays: 859_900, repeatedHighCostApplied: true }],
  ['イ 多数回', '§2.1 イ 多数回 93,000',
    { points: 70_000, birthDate: UNDER70, incomeCategory: 'イ', inpatient: true, repeatedHighCost: true },
    { limit: 93_000, copay: 93_000, insurerPays: 607_000 }],
  ['ウ 多数回', '§2.1 ウ 多数回 44,400',
    { points: 40_000, birthDate: UNDER70, incomeCategory: 'ウ', inpatient: true, repeatedHighCost: true },
    { limit: 44_400, copay: 44_400, insurerPays: 355_600 }],
  ['エ 多数回', '§2.1 エ 多数回 44,400',
    { points: 30_000, birthDate: UNDER70, incomeCategory: 'エ', repeatedHighCost: true },
    { limit: 44_400, copay: 44_400, insurerPays: 255_600 }],
  ['オ 多数回', '§2.1 オ 多数回 24,600',
    { points: 20_000, birthDate: UNDER70, incomeCategory: 'オ', inpatient: true, repeatedHighCost: true },
    { limit: 24_600, copay: 24_600, insurerPays: 175_400 }],
  // ── 10-yen rounding (§1.2(3), Appendix A madoguchi) ──
  ['3割 3,702 → 3,700', '§1.2(3): 5円未満切捨て',
    { points: 1_234, birthDate: UNDER70, incomeCategory: 'ウ' },
    { copayByRatio: 3_702, copay: 3_700, insurerPays: 8_638, windowRounding: -2 }],
  ['3割 3,705 → 3,710', '§1.2(3): 5円以上切上げ',
    { points: 1_235, birthDate: UNDER70, incomeCategory: 'ウ' },
    { copayByRatio: 3_705, copay: 3_710, insurerPays: 8_645, windowRounding: 5 }],
  ['後期 1割 1,234 → 1,230 (一般 is 一般Ⅰ)', '§1.1 後期 一般 1割; §1.2(3)',
    { points: 1_234, birthDate: LATE, incomeCategory: '一般' },
    { ageBracket: 'lateElderly', incomeCategory: '一般Ⅰ', ratio: '1割', copay: 1_230, insurerPays: 11_106, windowRounding: -4 }],
  ['後期 1割 1,235 → 1,240', '§1.1; §1.2(3)',
    { points: 1_235, birthDate: LATE, incomeCategory: '一般Ⅰ' },
    { copay: 1_240, insurerPays: 11_115, windowRounding: 5 }],
  // ── 未就学 2割 (§1.1) ──
  ['未就学 2割', '§1.1 未就学 2割; §1.2(3) 2,468 → 2,470',
    { points: 1_234, birthDate: CHILD, incomeCategory: 'ウ' },
    { ageBracket: 'preschool', ratioTenths: 2, copay: 2_470, insurerPays: 9_872 }],
  ['born 1 April: 未就学 up to the March of turning 6', '§1.1 "六歳に達する日以後の最初の三月三十一日以前": reaches 6 on 2025-03-31',
    { points: 1_000, birthDate: '2019-04-01', incomeCategory: 'ウ', serviceMonth: '2025-03' },
    { ageBracket: 'preschool', copay: 2_000 }],
  ['born 1 April: 3割 from April', '§1.1 (same rule)',
    { points: 1_000, birthDate: '2019-04-01', incomeCategory: 'ウ', serviceMonth: '2025-04' },
    { ageBracket: 'under70', copay: 3_000 }],
  ['born 2 April: still 未就学 in April', '§1.1: reaches 6 on 2025-04-01, first 3/31 after is 2026-03-31',
    { points: 1_000, birthDate: '2019-04-02', incomeCategory: 'ウ', serviceMonth: '2025-04' },
    { ageBracket: 'preschool', copay: 2_000 }],
  // ── 70–74 (§2.2) ──
  ['70–74 一般 外来: individual limit 18,000', '§2.2 一般 外来（個人）18,000',
    { points: 10_000, birthDate: AGE72, incomeCategory: '一般' },
    { ageBracket: 'age70to74', ratioTenths: 2, copayByRatio: 20_000, limit: 18_000, limitKind: 'outpatientIndividual', copay: 18_000, insurerPays: 82_000 }],
  ['70–74 一般 入院: same amount is under the household 57,600', '§2.2 一般 世帯 57,600 (not 18,000)',
    { points: 10_000, birthDate: AGE72, incomeCategory: '一般', inpatient: true },
    { limit: 57_600, limitKind: 'household', copay: 20_000, insurerPays: 80_000, highCostApplied: false }],
  ['70–74 一般 入院 over 57,600', '§2.2 一般 世帯 57,600',
    { points: 40_000, birthDate: AGE72, incomeCategory: '一般', inpatient: true },
    { limit: 57_600, copay: 57_600, insurerPays: 342_400 }],
  ['70–74 一般 外来 多数回: no 多数回 for the 外来 limit', '§2.4: 外来特例 has no 多数回 amount',
    { points: 10_000, birthDate: AGE72, incomeCategory: '一般', repeatedHighCost: true },
    { limit: 18_000, copay: 18_000, repeatedHighCostApplied: false }],
  ['70–74 一般 入院 多数回', '§2.2 一般 多数回 44,400',
    { points: 40_000, birthDate: AGE72, incomeCategory: '一般', inpatient: true, repeatedHighCost: true },
    { limit: 44_400, copay: 44_400, insurerPays: 355_600, repeatedHighCostApplied: true }],
  ['70–74 現役並みⅢ 入院', '§2.2 現役並みⅢ: 252,600 + 1% over 842,000; §1.1 3割',
    { points: 100_000, birthDate: AGE72, incomeCategory: '現役並みⅢ', inpatient: true },
    { ratioTenths: 3, limit: 254_180, copay: 254_180, insurerPays: 745_820 }],
  ['70–74 現役並みⅡ 多数回', '§2.2 現役並みⅡ 多数回 93,000',
    { points: 70_000, birthDate: AGE72, incomeCategory: '現役並みⅡ', inpatient: true, repeatedHighCost: true },
    { limit: 93_000, copay: 93_000, insurerPays: 607_000 }],
  ['70–74 現役並みⅠ 外来: the household formula applies', '§2.2: 現役並み have no 外来 limit; 80,100 + (400,000 − 267,000) × 1%',
    { points: 40_000, birthDate: AGE72, incomeCategory: '現役並みⅠ' },
    { limitKind: 'household', limit: 81_430, copay: 81_430, insurerPays: 318_570 }],
  ['70–74 低所得Ⅱ 外来', '§2.2 低所得Ⅱ 外来 8,000',
    { points: 10_000, birthDate: AGE72, incomeCategory: '低所得Ⅱ' },
    { limit: 8_000, copay: 8_000, insurerPays: 92_000 }],
  ['70–74 低所得Ⅱ 入院', '§2.2 低所得Ⅱ 世帯 24,600',
    { points: 20_000, birthDate: AGE72, incomeCategory: '低所得Ⅱ', inpatient: true },
    { limit: 24_600, copay: 24_600, insurerPays: 175_400 }],
  ['70–74 低所得Ⅰ 入院 多数回: no 多数回 amount', '§2.2 低所得Ⅰ 15,000; §2.4 低所得 have no 多数回',
    { points: 20_000, birthDate: AGE72, incomeCategory: '低所得Ⅰ', inpatient: true, repeatedHighCost: true },
    { limit: 15_000, copay: 15_000, insurerPays: 185_000, repeatedHighCostApplied: false }],
  ['turning 70, born on the 1st: 2割 from the birthday month', '§1.1 age boundary for 70 (Tagawa City): born on the 1st → that month',
    { points: 1_000, birthDate: '1955-05-01', incomeCategory: '一般' },
    { ageBracket: 'age70to74', copay: 2_000 }],
  ['turning 70 on the 10th: 3割 in the birthday month', '§1.1 "七十歳に達する日の属する月以前" 3割',
    { points: 1_000, birthDate: '1955-05-10', incomeCategory: 'ウ' },
    { ageBracket: 'under70', copay: 3_000 }],
  ['turning 70 on the 10th: 2割 from the month after', '§1.1 "七十歳に達する日の属する月の翌月以後"',
    { points: 1_000, birthDate: '1955-05-10', incomeCategory: '一般', serviceMonth: '2025-06' },
    { ageBracket: 'age70to74', copay: 2_000 }],
  // ── 75歳到達月の特例 (§2.5) ──
  ['75歳到達月 一般 外来: 9,000', '§2.5 halved 外来 9,000',
    { points: 10_000, birthDate: '1950-05-20', incomeCategory: '一般' },
    { ageBracket: 'age70to74', turning75Month: true, limit: 9_000, copay: 9_000, insurerPays: 91_000 }],
  ['75歳到達月 一般 入院: 28,800', '§2.5 halved 一般 世帯 28,800',
    { points: 20_000, birthDate: '1950-05-20', incomeCategory: '一般', inpatient: true },
    { limit: 28_800, copay: 28_800, insurerPays: 171_200 }],
  ['75歳到達月 現役並みⅡ: 83,700 + (医療費 − 279,000) × 1%', '§2.5 example: 現役並みⅡ becomes 83,700 + (医療費 − 279,000) × 1%',
    { points: 50_000, birthDate: '1950-05-20', incomeCategory: '現役並みⅡ', inpatient: true },
    { limit: 85_910, copay: 85_910, insurerPays: 414_090 }],
  ['75歳到達月 現役並みⅢ 多数回: 70,050', '§2.5 halved ア/Ⅲ 多数回 70,050',
    { points: 100_000, birthDate: '1950-05-20', incomeCategory: '現役並みⅢ', inpatient: true, repeatedHighCost: true },
    { limit: 70_050, copay: 70_050, insurerPays: 929_950 }],
  ['75歳到達月 現役並みⅠ 多数回: 22,200', '§2.5 halved ウ/Ⅰ 多数回 22,200',
    { points: 40_000, birthDate: '1950-05-20', incomeCategory: '現役並みⅠ', inpatient: true, repeatedHighCost: true },
    { limit: 22_200, copay: 22_200 }],
  ['born on the 1st: 後期 for the whole month, no halving', '§2.5: not when the birthday is on the 1st',
    { points: 30_000, birthDate: '1950-05-01', incomeCategory: '一般' },
    { ageBracket: 'lateElderly', turning75Month: false, ratioTenths: 1, limit: 18_000, copay: 18_000, insurerPays: 282_000 }],
  ['the month after turning 75: 後期, full limits', '§2.2 後期 一般 外来 18,000',
    { points: 30_000, birthDate: '1950-05-20', incomeCategory: '一般', serviceMonth: '2025-06' },
    { ageBracket: 'lateElderly', turning75Month: false, limit: 18_000, copay: 18_000 }],
  // ── 後期 (§1.1, §2.2) ──
  ['後期 一般Ⅱ 外来 配慮措置: 16,000', '§1.1 test vector: 13,000点 一般Ⅱ 外来 → 16,000 (計算事例集 令和5年4月) [V2]',
    { points: 13_000, birthDate: LATE, incomeCategory: '一般Ⅱ' },
    { ratioTenths: 2, limitKind: 'lateElderlyCare', limit: 16_000, copay: 16_000, insurerPays: 114_000 }],
  ['後期 一般Ⅱ 外来 after the measure ended: 18,000', '§1.1: no 配慮措置 from 2025-10-01',
    { points: 13_000, birthDate: LATE, incomeCategory: '一般Ⅱ', serviceMonth: '2025-10' },
    { limitKind: 'outpatientIndividual', limit: 18_000, copay: 18_000, insurerPays: 112_000 }],
  ['後期 一般Ⅱ 外来 small: 医療費 below 30,000 counts as 30,000', '§1.1 配慮措置 floor',
    { points: 1_000, birthDate: LATE, incomeCategory: '一般Ⅱ' },
    { limit: 6_000, copay: 2_000, highCostApplied: false }],
  ['後期 現役並みⅢ 外来', '§1.1 3割; §2.2 世帯 formula',
    { points: 100_000, birthDate: LATE, incomeCategory: '現役並みⅢ' },
    { ratioTenths: 3, limit: 254_180, copay: 254_180 }],
  ['後期 低所得Ⅰ 入院', '§1.1 1割; §2.2 低所得Ⅰ 15,000',
    { points: 30_000, birthDate: LATE, incomeCategory: '低所得Ⅰ', inpatient: true },
    { ratioTenths: 1, limit: 15_000, copay: 15_000, insurerPays: 285_000 }],
  // ── 公費 (§2.7 for the limit; programme ratios in public-expense.ts) ──
  ['難病 54 with a 10,000 cap', '§2.7 limit as 区分ウ; 難病 2割 capped at the 受給者証 amount',
    { points: 40_000, birthDate: UNDER70, incomeCategory: 'ウ', inpatient: true, publicExpense: { lawNumber: '54', selfPayCap: 10_000 } },
    { limit: 81_430, copay: 10_000, publicExpensePays: 71_430, insurerPays: 318_570 }],
  ['難病 54 of a 区分ア patient: the receipt is limited as ウ', '§2.7 [V2]: 国公費 併用 → 区分ウ for every under-70 区分: 80,100 + 7,330',
    { points: 100_000, birthDate: UNDER70, incomeCategory: 'ア', inpatient: true, publicExpense: { lawNumber: '54', selfPayCap: 20_000 } },
    { limit: 87_430, copay: 20_000, publicExpensePays: 67_430, insurerPays: 912_570 }],
  ['精神通院 21: 1割 rounded, the rest is 公費', '§1.2(3) rounding of the patient share; 精神通院 1割',
    { points: 1_234, birthDate: UNDER70, incomeCategory: 'ウ', publicExpense: { lawNumber: '21', selfPayCap: 5_000 } },
    { copay: 1_230, publicExpensePays: 2_472, insurerPays: 8_638, windowRounding: 0 }],
  ['難病 54: what is left of the monthly cap', '自己負担上限額管理票: 10,000 − 8,000 already paid',
    { points: 5_000, birthDate: UNDER70, incomeCategory: 'ウ', publicExpense: { lawNumber: '54', selfPayCap: 10_000, paidThisMonth: 8_000 } },
    { copay: 2_000, publicExpensePays: 13_000, insurerPays: 35_000 }],
  ['難病 54 at 72: 外来 limit of 一般, then the cap', '§2.7: 一般 18,000 for 70+; 難病 2割 → cap 5,000',
    { points: 10_000, birthDate: AGE72, incomeCategory: '一般', publicExpense: { lawNumber: '54', selfPayCap: 5_000 } },
    { limit: 18_000, copay: 5_000, publicExpensePays: 13_000, insurerPays: 82_000 }],
  ['更生医療 15 without a cap: 1割 up to the insurance copay', '自立支援医療: 1割, 上限なし → up to the 医療保険 limit',
    { points: 40_000, birthDate: UNDER70, incomeCategory: 'ウ', inpatient: true, publicExpense: { lawNumber: '15' } },
    { copay: 40_000, publicExpensePays: 41_430, insurerPays: 318_570 }],
  ['小児慢性 52 for a preschool child', '§1.1 未就学 2割; 小児慢性 2割 capped at 2,500',
    { points: 5_000, birthDate: CHILD, incomeCategory: 'ウ', publicExpense: { lawNumber: '52', selfPayCap: 2_500 } },
    { copay: 2_500, publicExpensePays: 7_500, insurerPays: 40_000 }],
  // ── 食事療養 (§1.2(7)) ──
  ['meals, general, from 2025-04', '§1.2(7): 510 per meal; outside 高額療養費',
    { points: 40_000, birthDate: UNDER70, incomeCategory: 'ウ', inpatient: true, meals: { count: 30, cost: 20_700 } },
    { copay: 81_430, meals: { count: 30, chargePerMeal: 510, chargeGroup: '一般', patientPays: 15_300, cost: 20_700, insurerPays: 5_400 }, windowTotal: 96_730 }],
  ['meals, 区分オ up to 90 days', '§1.2(7): 住民税非課税 240',
    { points: 20_000, birthDate: UNDER70, incomeCategory: 'オ', inpatient: true, meals: { count: 30 } },
    { copay: 35_400, windowTotal: 42_600, meals: { count: 30, chargePerMeal: 240, chargeGroup: '住民税非課税（区分オ・低所得Ⅱ、90日まで）', patientPays: 7_200, cost: null, insurerPays: null } }],
  ['meals, 低所得Ⅱ after 90 days', '§1.2(7): 190',
    { points: 20_000, birthDate: AGE72, incomeCategory: '低所得Ⅱ', inpatient: true, meals: { count: 30, longStay: true } },
    { windowTotal: 24_600 + 5_700 }],
  ['meals, 低所得Ⅰ in 2024-10', '§1.2(7) 2024-06 → 2025-03 column: 110',
    { points: 20_000, birthDate: AGE72, incomeCategory: '低所得Ⅰ', inpatient: true, serviceMonth: '2024-10', meals: { count: 30 } },
    { windowTotal: 15_000 + 3_300 }],
  ['meals, general in 2024-10', '§1.2(7) 2024-06 → 2025-03 column: 490',
    { points: 1_000, birthDate: UNDER70, incomeCategory: 'ウ', inpatient: true, serviceMonth: '2024-10', meals: { count: 10 } },
    { copay: 3_000, windowTotal: 3_000 + 4_900 }],
  // ── input forms ──
  ['roman numerals typed as ASCII', 'NFKC: 現役並みIII is 現役並みⅢ',
    { points: 100_000, birthDate: AGE72, incomeCategory: '現役並みIII' as WindowCopayInput['incomeCategory'], inpatient: true },
    { incomeCategory: '現役並みⅢ', copay: 254_180 }],
  ['0 points', 'nothing to pay',
    { points: 0, birthDate: UNDER70, incomeCategory: 'ウ' },
    { medicalCost: 0, copay: 0, insurerPays: 0 }],
];

test(`window pricing: ${ROWS.length} worked examples`, () => {
  for (const [id, source, input, expected] of ROWS) {
    const r = priceWindowCopay({ ...base, ...input } as WindowCopayInput);
    assert.ok(r.ok, `${id}: ${r.ok ? '' : r.errors.map((e) => e.message).join('; ')}`);
    for (const [k, v] of Object.entries(expected)) {
      assert.deepEqual(r.value[k as keyof WindowCopayResult], v, `${id} (${source}): ${k}`);
    }
  }
});

test('every result: integers, the money adds up, and the steps explain it', () => {
  for (const [id, , input] of ROWS) {
    const r = priceWindowCopay({ ...base, ...input } as WindowCopayInput);
    assert.ok(r.ok);
    const v = r.value;
    for (const k of ['medicalCost', 'copay', 'insurerPays', 'publicExpensePays', 'windowRounding', 'limit', 'copayByRatio', 'windowTotal'] as const) {
      assert.ok(Number.isSafeInteger(v[k]), `${id}: ${k} = ${v[k]}`);
    }
    assert.equal(v.insurerPays + v.publicExpensePays + v.copay - v.windowRounding, v.medicalCost, `${id}: the shares add up to 医療費`);
    assert.ok(v.copay <= v.limit, `${id}: never above the limit`);
    if (v.highCostApplied || v.publicExpense) assert.equal(v.windowRounding, 0, id);
    else assert.equal(v.copay % 10, 0, `${id}: rounded to 10 yen`);
    assert.ok(v.steps.length >= 5 && v.steps.every((s) => /[ぁ-んァ-ン一-龥]/.test(s)), `${id}: Japanese steps`);
  }
});

test('the steps name the rule that was applied', () => {
  const r = priceWindowCopay({ ...base, points: 40_000, birthDate: UNDER70, incomeCategory: 'ウ', inpatient: true });
  assert.ok(r.ok);
  assert.deepEqual(r.value.steps.slice(0, 1), ['医療費 = 40,000点 × 10円 = 400,000円（rules-reference §1.2(1)）']);
  assert.ok(r.value.steps.some((s) => s.includes('80,100円 + (400,000円 − 267,000円) × 1% = 80,100円 + 1,330円 = 81,430円')));
  assert.ok(r.value.steps.some((s) => s.includes('1円単位で徴収')));
});

type ErrorRow = [id: string, input: unknown, expected: { code: string; field: string; message?: RegExp }[]];

const ERRORS: ErrorRow[] = [
  ['points not an integer', { ...base, points: 12.5, birthDate: UNDER70, incomeCategory: 'ウ' }, [{ code: 'notInteger', field: 'points', message: /^points（点数）: 0以上の整数ではありません/ }]],
  ['points negative', { ...base, points: -1, birthDate: UNDER70, incomeCategory: 'ウ' }, [{ code: 'notInteger', field: 'points' }]],
  ['points as a string', { ...base, points: '100', birthDate: UNDER70, incomeCategory: 'ウ' }, [{ code: 'notInteger', field: 'points' }]],
  ['month 13', { ...base, serviceMonth: '2025-13', points: 1, birthDate: UNDER70, incomeCategory: 'ウ' }, [{ code: 'badMonth', field: 'serviceMonth' }]],
  ['month after the verified limits', { ...base, serviceMonth: '2026-08', points: 1, birthDate: UNDER70, incomeCategory: 'ウ' }, [{ code: 'monthNotSupported', field: 'serviceMonth', message: /2019-04〜2026-07/ }]],
  ['no 30 February', { ...base, points: 1, birthDate: '1980-02-30', incomeCategory: 'ウ' }, [{ code: 'badDate', field: 'birthDate' }]],
  ['born after the service month', { ...base, points: 1, birthDate: '2025-06-01', incomeCategory: 'ウ' }, [{ code: 'bornAfterService', field: 'birthDate' }]],
  ['unknown category', { ...base, points: 1, birthDate: UNDER70, incomeCategory: 'カ' }, [{ code: 'unknownCategory', field: 'incomeCategory' }]],
  ['区分ア for a 72-year-old', { ...base, points: 1, birthDate: AGE72, incomeCategory: 'ア' }, [{ code: 'categoryAgeMismatch', field: 'incomeCategory', message: /ア は 70〜74歳（高齢受給者） の人の区分ではありません.*72歳/ }]],
  ['一般 for a 44-year-old', { ...base, points: 1, birthDate: UNDER70, incomeCategory: '一般' }, [{ code: 'categoryAgeMismatch', field: 'incomeCategory', message: /ア・イ・ウ・エ・オ/ }]],
  ['一般 in the month of turning 70 (on the 10th)', { ...base, points: 1, birthDate: '1955-05-10', incomeCategory: '一般' }, [{ code: 'categoryAgeMismatch', field: 'incomeCategory' }]],
  ['一般Ⅱ at 72 (後期 only)', { ...base, points: 1, birthDate: AGE72, incomeCategory: '一般Ⅱ' }, [{ code: 'categoryAgeMismatch', field: 'incomeCategory' }]],
  ['一般Ⅱ before 2022-10', { ...base, serviceMonth: '2022-09', points: 1, birthDate: LATE, incomeCategory: '一般Ⅱ' }, [{ code: 'categoryNotYet', field: 'incomeCategory' }]],
  ['生活保護 12', { ...base, points: 1, birthDate: UNDER70, incomeCategory: 'ウ', publicExpense: { lawNumber: '12' } }, [{ code: 'publicAssistance', field: 'publicExpense.lawNumber' }]],
  ['結核 10 is not supported', { ...base, points: 1, birthDate: UNDER70, incomeCategory: 'ウ', publicExpense: { lawNumber: '10' } }, [{ code: 'unsupportedLaw', field: 'publicExpense.lawNumber', message: /54・52・15・16・21/ }]],
  ['法別番号 as a number', { ...base, points: 1, birthDate: UNDER70, incomeCategory: 'ウ', publicExpense: { lawNumber: 54, selfPayCap: 0 } }, [{ code: 'badLawNumber', field: 'publicExpense.lawNumber' }]],
  ['精神通院 21 on an inpatient claim', { ...base, inpatient: true, points: 1, birthDate: UNDER70, incomeCategory: 'ウ', publicExpense: { lawNumber: '21' } }, [{ code: 'outpatientOnlyLaw', field: 'publicExpense.lawNumber' }]],
  ['難病 54 without its cap', { ...base, points: 1, birthDate: UNDER70, incomeCategory: 'ウ', publicExpense: { lawNumber: '54' } }, [{ code: 'capRequired', field: 'publicExpense.selfPayCap' }]],
  ['meals on an outpatient claim', { ...base, points: 1, birthDate: UNDER70, incomeCategory: 'ウ', meals: { count: 3 } }, [{ code: 'mealsOutpatient', field: 'meals' }]],
  ['meals before the table', { ...base, serviceMonth: '2024-05', inpatient: true, points: 1, birthDate: UNDER70, incomeCategory: 'ウ', meals: { count: 3 } }, [{ code: 'mealsMonthNotSupported', field: 'meals' }]],
  ['meals: more than 3 a day', { ...base, inpatient: true, points: 1, birthDate: UNDER70, incomeCategory: 'ウ', meals: { count: 94 } }, [{ code: 'outOfRange', field: 'meals.count' }]],
  ['long stay for a taxed category', { ...base, inpatient: true, points: 1, birthDate: UNDER70, incomeCategory: 'ウ', meals: { count: 3, longStay: true } }, [{ code: 'longStayCategory', field: 'meals.longStay' }]],
  ['meals with a 公費', { ...base, inpatient: true, points: 1, birthDate: UNDER70, incomeCategory: 'ウ', meals: { count: 3 }, publicExpense: { lawNumber: '15' } }, [{ code: 'mealsWithPublicExpense', field: 'meals' }]],
  ['misspelt field', { ...base, points: 1, birthDate: UNDER70, incomeCategory: 'ウ', repeatedHighcost: true }, [{ code: 'unknownField', field: 'repeatedHighcost' }]],
  ['inpatient as a string', { ...base, inpatient: 'yes', points: 1, birthDate: UNDER70, incomeCategory: 'ウ' }, [{ code: 'notBoolean', field: 'inpatient' }]],
  ['an array', [], [{ code: 'notObject', field: 'input' }]],
  ['nothing given: every required field is named', {}, [
    { code: 'required', field: 'points' }, { code: 'required', field: 'serviceMonth' }, { code: 'required', field: 'birthDate' },
    { code: 'required', field: 'inpatient' }, { code: 'required', field: 'repeatedHighCost' }, { code: 'required', field: 'incomeCategory' },
  ]],
];

test(`bad input: ${ERRORS.length} error cases, each naming its field in Japanese`, () => {
  for (const [id, input, expected] of ERRORS) {
    const r = priceWindowCopay(input as WindowCopayInput);
    assert.ok(!r.ok, `${id}: should fail`);
    assert.deepEqual(r.errors.map((e) => `${e.code} ${e.field}`), expected.map((e) => `${e.code} ${e.field}`), id);
    for (const [i, e] of expected.entries()) {
      assert.ok(r.errors[i]!.message.startsWith(e.field), `${id}: message names the field: ${r.errors[i]!.message}`);
      if (e.message) assert.match(r.errors[i]!.message, e.message, id);
    }
  }
});
