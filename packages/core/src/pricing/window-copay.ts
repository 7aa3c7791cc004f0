/**
 * Pricing of one claim at the window (窓口): what the patient pays, what the insurer and a 公費 pay,
 * with 高額療養費 applied in kind. Pure: the same input always gives the same result.
 *
 *   医療費 = 点数 × 10                                                    (§1.2(1))
 *   割合による額 = 医療費 × 割合 (1割/2割/3割, by age band and 所得区分)      (§1.1)
 *   限度額 = the receipt's 高額療養費 limit                                (§2.1–2.5, §2.7)
 *   割合による額 > 限度額 → the patient pays the limit to the yen, insurer = 医療費 − 限度額 (§1.2(4))
 *   otherwise → the patient pays the amount rounded to 10 yen, insurer = 医療費 − 割合による額 (§1.2(2)(3))
 *   公費 → the 公費 pays the part of the insurance copay above the patient's share (public-expense.ts)
 *   食事 → 標準負担額 × 食数, apart from all of the above (§1.2(7))
 *
 * Sections are those of ../shared/docs/rules-reference.md. See docs/pricing.md.
 */
import { monthEnd } from '../common/dates.ts';
import { ok, type Result } from '../common/result.ts';
import { ageAtMonth } from './age-bracket.ts';
import { copayRatioTenths } from './copay-ratio.ts';
import { formatYen, roundCopayTo10Yen } from './copay-rounding.ts';
import { highCostLimit } from './high-cost-limits.ts';
import { MEAL_CHARGE_GROUP_LABELS, mealChargeGroup, mealChargeTable } from './meal-charges.ts';
import type { PricingError } from './pricing-errors.ts';
import { publicExpenseName, publicExpenseProgramme } from './public-expense.ts';
import { validateWindowCopayInput } from './window-copay-input.ts';
import {
  AGE_BRACKET_LABELS,
  type MealsResult, type PublicExpenseResult, type WindowCopayInput, type WindowCopayResult, type WindowIncomeCategory,
} from './window-copay-types.ts';

const y = formatYen;

export function priceWindowCopay(input: WindowCopayInput): Result<WindowCopayResult, PricingError> {
  // Callers may hand over parsed JSON: validate whatever came in.
  const checked = validateWindowCopayInput(input as unknown);
  if (!checked.ok) return checked;
  const { points, serviceMonth, birthDate, inpatient, repeatedHighCost, publicExpense, meals } = checked.value;
  const steps: string[] = [];

  // 1. 医療費
  const medicalCost = points * 10;
  steps.push(`医療費 = ${y(points)}点 × 10円 = ${y(medicalCost)}円（rules-reference §1.2(1)）`);

  // 2. Age band and ratio
  const age = ageAtMonth(birthDate, serviceMonth, monthEnd(serviceMonth));
  let category: WindowIncomeCategory = checked.value.incomeCategory;
  if (age.bracket === 'lateElderly' && category === '一般') category = '一般Ⅰ';
  const ratioTenths = copayRatioTenths(age.bracket, category);
  steps.push(
    `年齢区分: ${AGE_BRACKET_LABELS[age.bracket]}（生年月日 ${birthDate}、診療年月 ${serviceMonth}、月末に${age.ageAtMonthEnd}歳）` +
      `${age.turning75Month ? '。75歳の誕生日のある月（1日生まれでない）なので国保の高齢受給者として計算し、75歳到達月の特例で限度額を半額にする（§2.5）' : ''}` +
      `。所得区分 ${category}${category !== checked.value.incomeCategory ? `（「${checked.value.incomeCategory}」を後期高齢者医療の一般Ⅰとして扱う）` : ''} → 負担割合 ${ratioTenths}割（国保法42条・高確法67条、§1.1）`,
  );
  const copayByRatio = points * ratioTenths; // 医療費 × ratio/10, exact since 医療費 is a multiple of 10
  steps.push(`割合による一部負担金 = ${y(medicalCost)}円 × ${ratioTenths}割 = ${y(copayByRatio)}円`);

  // 3. 高額療養費 limit of the receipt
  const limit = highCostLimit({
    bracket: age.bracket, category, inpatient, repeatedHighCost, medicalCost, serviceMonth,
    turning75Month: age.turning75Month, withPublicExpense: publicExpense !== undefined,
  });
  steps.push(`高額療養費の自己負担限度額（${inpatient ? '入院' : '外来'}、レセプト単位）: ${limit.formula}（§2.1〜2.5${publicExpense ? '・§2.7' : ''}）`);
  if (limit.repeatedIgnored) steps.push(`多数回該当の指定は使わない: ${limit.repeatedIgnored}`);

  const highCostApplied = copayByRatio > limit.limit;
  /** 医療保険の一部負担金: the limit to the yen, or the ratio amount (to the yen: the insurer pays its ratio). */
  const insuranceCopay = highCostApplied ? limit.limit : copayByRatio;
  const insurerPays = medicalCost - insuranceCopay;

  let copay: number;
  let windowRounding = 0;
  let publicExpensePays = 0;
  let pe: PublicExpenseResult | null = null;

  if (highCostApplied) {
    steps.push(`${y(copayByRatio)}円 > 限度額 ${y(limit.limit)}円 → 高額療養費を現物給付: 窓口では限度額を1円単位で徴収（10円未満の四捨五入はしない、§1.2(4)）`);
  } else {
    steps.push(`${y(copayByRatio)}円 ≤ 限度額 ${y(limit.limit)}円 → 高額療養費に該当しない`);
  }

  if (!publicExpense) {
    if (highCostApplied) copay = limit.limit;
    else {
      const rounded = roundCopayTo10Yen(copayByRatio);
      // A rounded amount may never exceed the limit (it cannot with the current tables; kept as a guard).
      copay = Math.min(rounded, limit.limit);
      windowRounding = copay - copayByRatio;
      steps.push(`窓口の一部負担金 = ${y(copayByRatio)}円 → 10円未満四捨五入（5円未満切捨て・5円以上切上げ）= ${y(copay)}円（国保法42条の2、§1.2(3)）`);
      if (windowRounding !== 0) {
        steps.push(`保険者は給付割合どおり ${y(insurerPays)}円 を負担し、端数処理の差 ${windowRounding > 0 ? '+' : ''}${windowRounding}円 は医療機関に帰属する（§1.2(3)）`);
      }
    }
  } else {
    const programme = publicExpenseProgramme(publicExpense.lawNumber)!;
    const patientRatioTenths = Math.min(ratioTenths, programme.patientRatioTenths);
    const byPatientRatio = roundCopayTo10Yen(points * patientRatioTenths);
    const cap = publicExpense.selfPayCap ?? null;
    const paid = publicExpense.paidThisMonth ?? 0;
    const remainingCap = cap === null ? null : Math.max(0, cap - paid);
    const patientPays = Math.min(byPatientRatio, remainingCap ?? Number.MAX_SAFE_INTEGER, insuranceCopay);
    publicExpensePays = insuranceCopay - patientPays;
    copay = patientPays;
    const name = publicExpenseName(publicExpense.lawNumber);
    steps.push(
      `公費 法別${publicExpense.lawNumber}（${name}）: 患者負担は医療費の${patientRatioTenths}割 = ${y(points * patientRatioTenths)}円 → 10円未満四捨五入 ${y(byPatientRatio)}円` +
        (remainingCap === null
          ? '（自己負担上限額なし）'
          : `、自己負担上限額 ${y(cap!)}円 − 当月既払 ${y(paid)}円 = 残り ${y(remainingCap)}円`) +
        `、医療保険の一部負担金 ${y(insuranceCopay)}円 を超えない → 窓口 ${y(patientPays)}円（${programme.source}）`,
    );
    steps.push(`公費負担 = 医療保険の一部負担金 ${y(insuranceCopay)}円 − 患者負担 ${y(patientPays)}円 = ${y(publicExpensePays)}円`);
    pe = {
      lawNumber: publicExpense.lawNumber, name, patientRatioTenths, selfPayCap: cap, paidThisMonth: paid, remainingCap,
      insuranceCopay, patientPays, publicExpensePays,
    };
  }
  steps.push(`保険者負担 = 医療費 ${y(medicalCost)}円 − 医療保険の一部負担金 ${y(insuranceCopay)}円 = ${y(insurerPays)}円`);

  // 4. Meals, apart from the copay and from 高額療養費
  let mealsResult: MealsResult | null = null;
  if (meals) {
    const table = mealChargeTable(serviceMonth)!;
    const group = mealChargeGroup(category, meals.longStay === true);
    const chargePerMeal = table.perMeal[group];
    const standard = meals.count * chargePerMeal;
    const cost = meals.cost ?? null;
    const patientPays = cost === null ? standard : Math.min(standard, cost);
    mealsResult = {
      count: meals.count, chargePerMeal, chargeGroup: MEAL_CHARGE_GROUP_LABELS[group], patientPays, cost,
      insurerPays: cost === null ? null : cost - patientPays,
    };
    steps.push(
      `入院時食事療養の標準負担額（${MEAL_CHARGE_GROUP_LABELS[group]}、${table.from}〜の額）= ${y(chargePerMeal)}円 × ${meals.count}食 = ${y(standard)}円` +
        (cost !== null ? `。費用 ${y(cost)}円 のうち患者 ${y(patientPays)}円、入院時食事療養費（保険者）${y(cost - patientPays)}円` : '') +
        '。高額療養費の対象外（§1.2(7)・§2.3）',
    );
  }

  const windowTotal = copay + (mealsResult?.patientPays ?? 0);
  steps.push(`窓口でのお支払い = ${y(copay)}円${mealsResult ? ` + 食事 ${y(mealsResult.patientPays)}円 = ${y(windowTotal)}円` : ''}`);

  return ok({
    medicalCost,
    copay,
    insurerPays,
    publicExpensePays,
    windowRounding,
    ageBracket: age.bracket,
    ageBracketLabel: AGE_BRACKET_LABELS[age.bracket],
    incomeCategory: category,
    ratio: `${ratioTenths}割`,
    ratioTenths,
    copayByRatio,
    limit: limit.limit,
    limitKind: limit.kind,
    limitFormula: limit.formula,
    highCostApplied,
    repeatedHighCostApplied: limit.repeatedApplied,
    turning75Month: age.turning75Month,
    publicExpense: pe,
    meals: mealsResult,
    windowTotal,
    steps,
  });
}
