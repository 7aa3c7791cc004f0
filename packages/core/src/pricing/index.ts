/** Pricing at the window: copay, 高額療養費 in kind, 公費 and meals of one claim (docs/pricing.md). */
export * from './window-copay-types.ts';
export * from './pricing-errors.ts';
export { priceWindowCopay } from './window-copay.ts';
export { validateWindowCopayInput, parseIncomeCategory, MAX_POINTS } from './window-copay-input.ts';
export { ageAtMonth, dayOfReaching, nthBirthday, lastPreschoolMonth, firstAge70Month, lateElderlyFrom, type AgeAtMonth } from './age-bracket.ts';
export { copayRatioTenths, isActiveIncome, LATE_ELDERLY_GENERAL_II_FROM } from './copay-ratio.ts';
export { roundCopayTo10Yen, onePercentOver, formatYen } from './copay-rounding.ts';
export {
  highCostLimit, PRICING_PERIOD, UNDER70_LIMITS, FROM70_HOUSEHOLD_LIMITS, FROM70_OUTPATIENT_LIMITS, LATE_ELDERLY_CARE_MEASURE,
  type Limit, type LimitQuery, type LimitRow,
} from './high-cost-limits.ts';
export { PUBLIC_EXPENSE_PROGRAMMES, SUPPORTED_PUBLIC_EXPENSE_LAWS, publicExpenseProgramme, type PublicExpenseProgramme } from './public-expense.ts';
export { MEAL_CHARGE_TABLES, MEAL_CHARGE_GROUP_LABELS, mealChargeTable, mealChargeGroup, type MealChargeGroup, type MealChargeTable } from './meal-charges.ts';
export { claimWindowInput, type ClaimWindowFacts, type ClaimWindowInput } from './claim-window-input.ts';
export { priceDecidedClaim } from './decided-claim.ts';
export type { ClaimPublicExpenseFacts, DecidedClaimFacts, DecidedClaimPricing, DecidedClaimPriced, ClaimCarePricing } from './decided-claim-types.ts';
export { claimMeals, type ClaimMeals, type ClaimMealsFacts } from './claim-meals.ts';
export { pricePublicExpenseClaim, type PublicExpenseClaimFacts } from './public-expense-claim.ts';
export { pricePublicOnlyClaim, type PublicOnlyClaimFacts } from './public-only-claim.ts';
