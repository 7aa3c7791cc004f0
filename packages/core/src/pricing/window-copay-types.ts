/**
 * Input and output of the window pricing of one claim (`priceWindowCopay`). All amounts are integer
 * yen; ratios are in tenths (割). The field names are a promise to callers (CLI, API): see
 * docs/pricing.md before changing one.
 */
import type { IsoDate, YearMonth } from '../common/dates.ts';

/**
 * 所得区分 as written on the 限度額適用認定証 / 高齢受給者証 (rules-reference.md §2.1–2.2).
 * 一般Ⅰ / 一般Ⅱ exist only in 後期高齢者医療 (一般Ⅱ from 2022-10); '一般' there means 一般Ⅰ.
 */
export const WINDOW_INCOME_CATEGORIES = [
  'ア', 'イ', 'ウ', 'エ', 'オ',
  '現役並みⅢ', '現役並みⅡ', '現役並みⅠ', '一般', '低所得Ⅱ', '低所得Ⅰ',
  '一般Ⅰ', '一般Ⅱ',
] as const;
export type WindowIncomeCategory = (typeof WINDOW_INCOME_CATEGORIES)[number];

export const UNDER70_CATEGORIES: readonly WindowIncomeCategory[] = ['ア', 'イ', 'ウ', 'エ', 'オ'];
export const AGE70TO74_CATEGORIES: readonly WindowIncomeCategory[] = ['現役並みⅢ', '現役並みⅡ', '現役並みⅠ', '一般', '低所得Ⅱ', '低所得Ⅰ'];
export const LATE_ELDERLY_CATEGORIES: readonly WindowIncomeCategory[] = ['現役並みⅢ', '現役並みⅡ', '現役並みⅠ', '一般', '一般Ⅰ', '一般Ⅱ', '低所得Ⅱ', '低所得Ⅰ'];

/** 公費 the window pricing supports (法別番号). See public-expense.ts for what each means. */
export interface PublicExpenseInput {
  /** 法別番号, two digits as a string: '54' 難病, '52' 小児慢性, '15' 更生医療, '16' 育成医療, '21' 精神通院. */
  lawNumber: string;
  /** 自己負担上限額（月額） from the 受給者証, yen. Required for 54 and 52; absent or null = 上限なし. */
  selfPayCap?: number | null;
  /** Already recorded this month on the 自己負担上限額管理票 (other visits / providers), yen. Default 0. */
  paidThisMonth?: number;
}

/** 入院時食事療養 of the same stay and month (outside 高額療養費, rules-reference.md §1.2(7)). */
export interface MealsInput {
  /** 食数 in the month (at most 3 a day). */
  count: number;
  /** 食事療養の費用の額 (what the meals cost under the fee schedule), yen. Optional: without it only the patient's share is given. */
  cost?: number;
  /** 住民税非課税 (オ / 低所得Ⅱ) with more than 90 days in hospital in the past 12 months (長期該当). */
  longStay?: boolean;
}

export interface WindowCopayInput {
  /** 請求点数 of the claim (one provider, one month, 入院 or 外来), integer. */
  points: number;
  /** 診療年月 'YYYY-MM'. */
  serviceMonth: YearMonth;
  /** 生年月日 'YYYY-MM-DD'. */
  birthDate: IsoDate;
  incomeCategory: WindowIncomeCategory;
  /** 入院 (true) or 入院外 (false). */
  inpatient: boolean;
  /** 多数回該当: the household had 高額療養費 in 3 or more of the previous 12 months. */
  repeatedHighCost: boolean;
  publicExpense?: PublicExpenseInput;
  meals?: MealsInput;
}

/** Age band at the service month (rules-reference.md §1.1). */
export type AgeBracket = 'preschool' | 'under70' | 'age70to74' | 'lateElderly';

export const AGE_BRACKET_LABELS: Record<AgeBracket, string> = {
  preschool: '未就学（6歳到達後最初の3月31日まで）',
  under70: '70歳未満',
  age70to74: '70〜74歳（高齢受給者）',
  lateElderly: '75歳以上（後期高齢者医療）',
};

/** Which 高額療養費 limit applied to the claim. */
export type LimitKind =
  | 'under70'              // 区分ア–オ (§2.1)
  | 'outpatientIndividual' // 70歳以上 外来（個人単位）18,000 / 8,000 (§2.2)
  | 'household'            // 70歳以上 世帯単位（入院、現役並みは外来も）(§2.2)
  | 'lateElderlyCare';     // 後期 一般Ⅱ 外来の配慮措置 2022-10 → 2025-09 (§1.1)

export interface PublicExpenseResult {
  lawNumber: string;
  name: string;
  /** The patient's ratio under the 公費 (割): the lower of the insurance ratio and the programme's. */
  patientRatioTenths: number;
  selfPayCap: number | null;
  paidThisMonth: number;
  /** What is left of the monthly cap before this claim (null = 上限なし). */
  remainingCap: number | null;
  /** 医療保険の一部負担金 after 高額療養費 on the 公費 receipt: what the 公費 and the patient share. */
  insuranceCopay: number;
  patientPays: number;
  publicExpensePays: number;
}

export interface MealsResult {
  count: number;
  /** 標準負担額 per meal, yen. */
  chargePerMeal: number;
  /** e.g. '一般', '住民税非課税（90日まで）'. */
  chargeGroup: string;
  /** What the patient pays for meals: count × chargePerMeal (never more than the cost when given). */
  patientPays: number;
  cost: number | null;
  /** 入院時食事療養費 paid by the insurer = cost − patientPays (null without the cost). */
  insurerPays: number | null;
}

export interface WindowCopayResult {
  /** 医療費 = points × 10 yen. */
  medicalCost: number;
  /** What the patient pays at the window for the care (meals apart). */
  copay: number;
  /** 保険者負担 (療養の給付, as billed to the insurer). */
  insurerPays: number;
  /** 公費負担. */
  publicExpensePays: number;
  /**
   * copay − the ratio amount, from rounding to 10 yen (−4…+5) when the ratio amount was paid: the
   * insurer pays its ratio (§1.2(2)) and the provider keeps or absorbs the difference (§1.2(3)).
   * 0 whenever a limit or a 公費 applied. Always: medicalCost = insurerPays + publicExpensePays + copay − windowRounding.
   */
  windowRounding: number;
  ageBracket: AgeBracket;
  ageBracketLabel: string;
  /** The category as applied ('一般' of a 後期 insured becomes '一般Ⅰ'). */
  incomeCategory: WindowIncomeCategory;
  /** '3割'. */
  ratio: string;
  ratioTenths: number;
  /** 医療費 × ratio, to the yen, before rounding and limits. */
  copayByRatio: number;
  /** The 高額療養費 自己負担限度額 for this claim, yen. */
  limit: number;
  limitKind: LimitKind;
  /** '80,100円 + (400,000円 − 267,000円) × 1% = 81,430円'. */
  limitFormula: string;
  /** The ratio amount exceeded the limit: the patient paid the limit, to the yen (in kind). */
  highCostApplied: boolean;
  repeatedHighCostApplied: boolean;
  /** 75歳到達月の特例: limits halved (§2.5). */
  turning75Month: boolean;
  publicExpense: PublicExpenseResult | null;
  meals: MealsResult | null;
  /** copay + meals.patientPays. */
  windowTotal: number;
  /** Japanese explanation, one step per line, each with its source. */
  steps: string[];
}
