/**
 * 入院時食事療養の標準負担額 per meal (rules-reference.md §1.2(7); 東大阪市, 鋸南町). The patient pays it
 * at the window on top of the copay; it is outside 高額療養費 (§2.3).
 *
 * Groups: 住民税非課税 is 区分オ under 70 and 低所得Ⅱ from 70; its reduced amount falls further after
 * 90 days in hospital (長期該当, on application). 低所得Ⅰ has one amount. Everyone else pays the
 * general amount. The lower amounts of 指定難病・小児慢性 patients and the 生活療養 of 65+ in 療養病床
 * are not in the reference and are not computed.
 */
import type { YearMonth } from '../common/dates.ts';
import type { WindowIncomeCategory } from './window-copay-types.ts';

export type MealChargeGroup = 'general' | 'nonTaxable' | 'nonTaxableLongStay' | 'lowIncomeI';

export const MEAL_CHARGE_GROUP_LABELS: Record<MealChargeGroup, string> = {
  general: '一般',
  nonTaxable: '住民税非課税（区分オ・低所得Ⅱ、90日まで）',
  nonTaxableLongStay: '住民税非課税（区分オ・低所得Ⅱ、90日超の長期該当）',
  lowIncomeI: '低所得Ⅰ',
};

export interface MealChargeTable {
  from: YearMonth;
  /** Inclusive; null = until a newer table is added. */
  to: YearMonth | null;
  perMeal: Record<MealChargeGroup, number>;
}

export const MEAL_CHARGE_TABLES: readonly MealChargeTable[] = [
  { from: '2024-06', to: '2025-03', perMeal: { general: 490, nonTaxable: 230, nonTaxableLongStay: 180, lowIncomeI: 110 } },
  { from: '2025-04', to: null, perMeal: { general: 510, nonTaxable: 240, nonTaxableLongStay: 190, lowIncomeI: 110 } },
];

export function mealChargeTable(month: YearMonth): MealChargeTable | undefined {
  return MEAL_CHARGE_TABLES.find((t) => month >= t.from && (t.to === null || month <= t.to));
}

export function isNonTaxable(c: WindowIncomeCategory): boolean {
  return c === 'オ' || c === '低所得Ⅱ';
}

export function mealChargeGroup(c: WindowIncomeCategory, longStay: boolean): MealChargeGroup {
  if (c === '低所得Ⅰ') return 'lowIncomeI';
  if (isNonTaxable(c)) return longStay ? 'nonTaxableLongStay' : 'nonTaxable';
  return 'general';
}
