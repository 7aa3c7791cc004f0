/**
 * 入院時食事療養 of a stored claim, from what it states: HO 食事療養・生活療養 回数 and 合計金額 (the
 * cost of the meals under the fee schedule, uke-format.md §3 HO idx 7–8) and RE 一部負担金・食事療養費・
 * 生活療養費標準負担額区分 (別表8, §5.4). The patient pays the 標準負担額 per meal (rules-reference.md
 * §1.2(7)), never more than the cost; the insurer pays the rest as 入院時食事療養費. Meals are outside
 * 高額療養費 (§2.3), so they are priced apart from the care.
 *
 * The group is read from 別表8 rather than from the 所得区分 of the care: 別表8 is the 標準負担額区分
 * itself, recorded when the patient showed a 標準負担額減額認定証, and it alone tells 90日超 (2) and
 * 低所得Ⅰ (3, 4) — 特記事項 30 区オ does not.
 */
import type { YearMonth } from '../common/dates.ts';
import { MEAL_CHARGE_GROUP_LABELS, mealChargeTable, type MealChargeGroup } from './meal-charges.ts';

export interface ClaimMealsFacts {
  serviceMonth: YearMonth;
  inpatient: boolean;
  /** HO 食事療養・生活療養 回数 and 合計金額 (yen). */
  count: number;
  cost: number;
  /** RE 別表8 code ('' when not recorded). */
  lowIncomeClass: string;
  /** 65歳以上 in a 療養病床 (RE 病棟区分 07): the HO amounts are then 入院時生活療養. */
  livingCare: boolean;
}

export interface ClaimMeals {
  count: number;
  cost: number;
  chargePerMeal: number;
  chargeGroup: string;
  /** 標準負担額 × 回数, at most the cost. */
  patientPays: number;
  /** 入院時食事療養費 = cost − patientPays. */
  insurerPays: number;
}

export type ClaimMealsPriced = { ok: true; meals: ClaimMeals | null } | { ok: false; reason: string };

/**
 * 別表8: 1 低所得 (70未満 オ / 70以上 Ⅱ) 90日以下, 2 the same after 90 days, 3 70以上 低所得Ⅰ,
 * 4 低所得Ⅰ 老齢福祉年金受給者 (whose lower amount concerns 生活療養; for meals it pays as 低所得Ⅰ).
 */
const GROUP_OF_CLASS: Record<string, MealChargeGroup> = { '': 'general', '1': 'nonTaxable', '2': 'nonTaxableLongStay', '3': 'lowIncomeI', '4': 'lowIncomeI' };

export function claimMeals(f: ClaimMealsFacts): ClaimMealsPriced {
  if (f.count === 0 && f.cost === 0) return { ok: true, meals: null };
  if (f.count === 0 || f.cost === 0) return { ok: false, reason: `食事療養の回数と合計金額の一方だけがあるレセプト（回数 ${f.count}、合計金額 ${f.cost}円）` };
  if (!f.inpatient) return { ok: false, reason: '入院外のレセプトに食事療養の記載がある' };
  // 生活療養 charges 食費 and 居住費 at other amounts, which the reference does not give
  if (f.livingCare) return { ok: false, reason: '入院時生活療養（65歳以上の療養病床）のレセプト（価格付けは未対応）' };
  const table = mealChargeTable(f.serviceMonth);
  if (!table) return { ok: false, reason: `食事療養の標準負担額の表がない診療年月（${f.serviceMonth}）` };
  const group = GROUP_OF_CLASS[f.lowIncomeClass];
  if (!group) return { ok: false, reason: `標準負担額区分（別表8）が読めない（${f.lowIncomeClass}）` };
  const chargePerMeal = table.perMeal[group];
  const patientPays = Math.min(f.count * chargePerMeal, f.cost);
  return {
    ok: true,
    meals: { count: f.count, cost: f.cost, chargePerMeal, chargeGroup: MEAL_CHARGE_GROUP_LABELS[group], patientPays, insurerPays: f.cost - patientPays },
  };
}
