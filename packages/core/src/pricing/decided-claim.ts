/**
 * Pricing of one decided claim from what the claim itself states (レセプト種別, 特記事項, 別表8, KO, HO):
 * the window pricing of its decided points, split into what the insurer, each 公費 payer and the
 * patient bear, and its meals (入院時食事療養) apart. A claim the pricing cannot handle yet is refused
 * with a reason (Japanese), never priced at a guessed amount. See docs/pricing.md
 * 「保存されたレセプトの価格付け」.
 */
import { monthEnd } from '../common/dates.ts';
import { ageAtMonth } from './age-bracket.ts';
import { claimMeals, type ClaimMeals } from './claim-meals.ts';
import { claimWindowInput } from './claim-window-input.ts';
import type { ClaimCarePricing, DecidedClaimFacts, DecidedClaimPriced } from './decided-claim-types.ts';
import { pricePublicExpenseClaim } from './public-expense-claim.ts';
import { pricePublicOnlyClaim } from './public-only-claim.ts';
import { priceWindowCopay } from './window-copay.ts';

export type { ClaimPublicExpenseFacts, DecidedClaimFacts, DecidedClaimPriced, DecidedClaimPricing } from './decided-claim-types.ts';

const LONG_TERM_CARE_WARD = '07';

function withMeals(care: ClaimCarePricing, meals: ClaimMeals | null): DecidedClaimPriced {
  const mealInsurerPays = meals?.insurerPays ?? 0;
  return {
    ok: true,
    pricing: {
      medicalCost: care.medicalCost, copay: care.copay, insurerPays: care.insurerPays + mealInsurerPays, careInsurerPays: care.insurerPays,
      windowRounding: care.windowRounding, publicExpense: care.publicExpense,
      mealCost: meals?.cost ?? 0, mealPatientPays: meals?.patientPays ?? 0, mealInsurerPays, mealPublicExpensePays: 0,
    },
  };
}

export function priceDecidedClaim(c: DecidedClaimFacts): DecidedClaimPriced {
  // a caller that filled only the old publicPayers would otherwise price a 公費 claim as insurance alone
  if (c.publicPayers.length !== c.publicExpenses.length) return { ok: false, reason: '公費レコード（KO）の内容が読み取られていない' };
  // the pricing takes each 公費's points as part of the main payer's; lines outside them would be priced wrong
  if (c.linesOutsideMainPayer) return { ok: false, reason: '医保の対象外で公費だけが負担する行があるレセプト（価格付けは未対応）' };
  const inpatient = Number(c.receiptType.slice(-1)) % 2 === 1;
  // 公費単独 has no insurer, hence no 所得区分 nor 高額療養費: neither age nor 特記事項 matter
  if (c.receiptType[1] === '2') return pricePublicOnlyClaim({ points: c.decidedPoints, inpatient, publicExpenses: c.publicExpenses });
  if (!/^\d{4}-\d\d-\d\d$/.test(c.birthDate)) return { ok: false, reason: '生年月日が読めないレセプト' };
  const age = ageAtMonth(c.birthDate, c.serviceMonth, monthEnd(c.serviceMonth));
  const input = claimWindowInput({
    points: c.decidedPoints, serviceMonth: c.serviceMonth, birthDate: c.birthDate, receiptType: c.receiptType, specialNotes: c.specialNotes,
    lowIncomeClass: c.lowIncomeClass, ageBracket: age.bracket,
  });
  if (!input.ok) return { ok: false, reason: input.reason };
  const meals = claimMeals({
    serviceMonth: c.serviceMonth, inpatient, count: c.mealCount, cost: c.mealsYen, lowIncomeClass: c.lowIncomeClass,
    livingCare: age.ageAtMonthEnd >= 65 && c.wardTypes.includes(LONG_TERM_CARE_WARD),
  });
  if (!meals.ok) return meals;

  if (c.publicExpenses.length) {
    const care = pricePublicExpenseClaim({ input: input.input, ratioOnly: input.ratioOnly, publicExpenses: c.publicExpenses, hasMeals: meals.meals !== null });
    return care.ok ? withMeals(care.care, meals.meals) : care;
  }
  const priced = priceWindowCopay(input.input);
  if (!priced.ok) return { ok: false, reason: `窓口負担を計算できないレセプト（${priced.errors.map((e) => e.code).join('・')}）` };
  if (input.ratioOnly && priced.value.highCostApplied) return { ok: false, reason: '限度額区分の記載がない高額のレセプト（窓口は割合で徴収し、高額療養費は保険者が償還）' };
  const v = priced.value;
  return withMeals({ medicalCost: v.medicalCost, copay: v.copay, insurerPays: v.insurerPays, windowRounding: v.windowRounding, publicExpense: [] }, meals.meals);
}
