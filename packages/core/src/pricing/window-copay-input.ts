/**
 * Validation of the window pricing input by hand (the core has no dependencies). Every error names
 * its field and says in Japanese what is wrong; all errors are reported at once.
 */
import { daysInMonth, isValidIsoDate, monthEnd, type IsoDate, type YearMonth } from '../common/dates.ts';
import { fail, ok, type Result } from '../common/result.ts';
import { ageAtMonth } from './age-bracket.ts';
import { LATE_ELDERLY_GENERAL_II_FROM } from './copay-ratio.ts';
import { PRICING_PERIOD } from './high-cost-limits.ts';
import { isNonTaxable, mealChargeTable, MEAL_CHARGE_TABLES } from './meal-charges.ts';
import { pricingError, type PricingError } from './pricing-errors.ts';
import { publicExpenseProgramme, SUPPORTED_PUBLIC_EXPENSE_LAWS } from './public-expense.ts';
import {
  AGE70TO74_CATEGORIES, AGE_BRACKET_LABELS, LATE_ELDERLY_CATEGORIES, UNDER70_CATEGORIES, WINDOW_INCOME_CATEGORIES,
  type MealsInput, type PublicExpenseInput, type WindowCopayInput, type WindowIncomeCategory,
} from './window-copay-types.ts';

/** 8 digits: the width of 請求点数 on the claim. */
export const MAX_POINTS = 99_999_999;

const TOP_FIELDS = ['points', 'serviceMonth', 'birthDate', 'incomeCategory', 'inpatient', 'repeatedHighCost', 'publicExpense', 'meals'];
const PUBLIC_EXPENSE_FIELDS = ['lawNumber', 'selfPayCap', 'paidThisMonth'];
const MEALS_FIELDS = ['count', 'cost', 'longStay'];

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function unknownFields(o: Obj, known: string[], prefix: string, errors: PricingError[]): void {
  for (const k of Object.keys(o)) {
    if (!known.includes(k)) errors.push(pricingError('unknownField', `${prefix}${k}`, `使える項目: ${known.join(', ')}`));
  }
}

function integer(o: Obj, key: string, field: string, errors: PricingError[], opts: { min?: number; max?: number; optional?: boolean } = {}): number | undefined {
  const v = o[key];
  if (v === undefined || v === null) {
    if (!opts.optional) errors.push(pricingError('required', field));
    return undefined;
  }
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    errors.push(pricingError('notInteger', field, `値: ${JSON.stringify(v)}`));
    return undefined;
  }
  const min = opts.min ?? 0, max = opts.max ?? Number.MAX_SAFE_INTEGER;
  if (v < min || v > max) {
    errors.push(pricingError('outOfRange', field, `${min}〜${max} で指定してください（値: ${v}）`));
    return undefined;
  }
  return v;
}

function boolean(o: Obj, key: string, field: string, errors: PricingError[], optional = false): boolean | undefined {
  const v = o[key];
  if (v === undefined) {
    if (!optional) errors.push(pricingError('required', field));
    return undefined;
  }
  if (typeof v !== 'boolean') {
    errors.push(pricingError('notBoolean', field, `値: ${JSON.stringify(v)}`));
    return undefined;
  }
  return v;
}

function yearMonth(v: unknown, errors: PricingError[]): YearMonth | undefined {
  if (v === undefined) return void errors.push(pricingError('required', 'serviceMonth'));
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})$/.exec(v) : null;
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return void errors.push(pricingError('badMonth', 'serviceMonth', `値: ${JSON.stringify(v)}`));
  return v as YearMonth;
}

function isoDate(v: unknown, errors: PricingError[]): IsoDate | undefined {
  if (v === undefined) return void errors.push(pricingError('required', 'birthDate'));
  if (typeof v !== 'string' || !isValidIsoDate(v)) return void errors.push(pricingError('badDate', 'birthDate', `値: ${JSON.stringify(v)}`));
  return v;
}

/** Accepts the labels as printed and their NFKC forms ('現役並みIII' for '現役並みⅢ'). */
export function parseIncomeCategory(v: unknown): WindowIncomeCategory | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trim().normalize('NFKC');
  return WINDOW_INCOME_CATEGORIES.find((c) => c.normalize('NFKC') === s);
}

function allowedCategories(bracket: keyof typeof AGE_BRACKET_LABELS): readonly WindowIncomeCategory[] {
  return bracket === 'lateElderly' ? LATE_ELDERLY_CATEGORIES : bracket === 'age70to74' ? AGE70TO74_CATEGORIES : UNDER70_CATEGORIES;
}

function publicExpense(v: unknown, inpatient: boolean | undefined, errors: PricingError[]): PublicExpenseInput | undefined {
  if (!isObject(v)) return void errors.push(pricingError('notObject', 'publicExpense', '例: {"lawNumber": "54", "selfPayCap": 10000}'));
  unknownFields(v, PUBLIC_EXPENSE_FIELDS, 'publicExpense.', errors);
  const law = v.lawNumber;
  let out: PublicExpenseInput | undefined;
  if (law === undefined) errors.push(pricingError('required', 'publicExpense.lawNumber'));
  else if (typeof law !== 'string' || !/^\d{2}$/.test(law)) errors.push(pricingError('badLawNumber', 'publicExpense.lawNumber', `値: ${JSON.stringify(law)}`));
  else if (law === '12') errors.push(pricingError('publicAssistance', 'publicExpense.lawNumber'));
  else if (!publicExpenseProgramme(law)) {
    errors.push(pricingError('unsupportedLaw', 'publicExpense.lawNumber', `法別${law}。対応しているのは ${SUPPORTED_PUBLIC_EXPENSE_LAWS.join('・')} です（docs/pricing.md）`));
  } else out = { lawNumber: law };
  const cap = integer(v, 'selfPayCap', 'publicExpense.selfPayCap', errors, { optional: true });
  const paid = integer(v, 'paidThisMonth', 'publicExpense.paidThisMonth', errors, { optional: true });
  if (!out) return undefined;
  const programme = publicExpenseProgramme(out.lawNumber)!;
  if (programme.capRequired && (v.selfPayCap === undefined || v.selfPayCap === null)) {
    errors.push(pricingError('capRequired', 'publicExpense.selfPayCap', `法別${out.lawNumber}の受給者証には月額の上限額があります`));
  }
  if (programme.outpatientOnly && inpatient === true) errors.push(pricingError('outpatientOnlyLaw', 'publicExpense.lawNumber', `法別${out.lawNumber}（精神通院医療）`));
  out.selfPayCap = cap ?? null;
  out.paidThisMonth = paid ?? 0;
  return out;
}

function meals(v: unknown, errors: PricingError[], month: YearMonth | undefined): MealsInput | undefined {
  if (!isObject(v)) return void errors.push(pricingError('notObject', 'meals', '例: {"count": 30, "cost": 20700}'));
  unknownFields(v, MEALS_FIELDS, 'meals.', errors);
  const maxCount = month ? 3 * daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))) : 93;
  const count = integer(v, 'count', 'meals.count', errors, { min: 1, max: maxCount });
  const cost = integer(v, 'cost', 'meals.cost', errors, { optional: true });
  const longStay = boolean(v, 'longStay', 'meals.longStay', errors, true);
  if (count === undefined) return undefined;
  const out: MealsInput = { count };
  if (cost !== undefined) out.cost = cost;
  if (longStay !== undefined) out.longStay = longStay;
  return out;
}

export function validateWindowCopayInput(raw: unknown): Result<WindowCopayInput, PricingError> {
  if (!isObject(raw)) return fail(pricingError('notObject', 'input'));
  const errors: PricingError[] = [];
  unknownFields(raw, TOP_FIELDS, '', errors);

  const points = integer(raw, 'points', 'points', errors, { max: MAX_POINTS });
  let serviceMonth = yearMonth(raw.serviceMonth, errors);
  if (serviceMonth && (serviceMonth < PRICING_PERIOD.from || serviceMonth > PRICING_PERIOD.to)) {
    errors.push(pricingError('monthNotSupported', 'serviceMonth',
      `対応は ${PRICING_PERIOD.from}〜${PRICING_PERIOD.to}（令和8年8月以降の高額療養費の限度額は未確定、2019年3月以前は70〜74歳の1割特例が未対応）。値: ${serviceMonth}`));
    serviceMonth = undefined;
  }
  const birthDate = isoDate(raw.birthDate, errors);
  const inpatient = boolean(raw, 'inpatient', 'inpatient', errors);
  const repeatedHighCost = boolean(raw, 'repeatedHighCost', 'repeatedHighCost', errors);

  let incomeCategory: WindowIncomeCategory | undefined;
  if (raw.incomeCategory === undefined) errors.push(pricingError('required', 'incomeCategory'));
  else {
    incomeCategory = parseIncomeCategory(raw.incomeCategory);
    if (!incomeCategory) {
      errors.push(pricingError('unknownCategory', 'incomeCategory', `値: ${JSON.stringify(raw.incomeCategory)}。${WINDOW_INCOME_CATEGORIES.join('・')} のいずれかです`));
    }
  }

  if (serviceMonth && birthDate && birthDate > monthEnd(serviceMonth)) {
    errors.push(pricingError('bornAfterService', 'birthDate', `生年月日 ${birthDate}、診療年月 ${serviceMonth}`));
  } else if (serviceMonth && birthDate && incomeCategory) {
    const age = ageAtMonth(birthDate, serviceMonth, monthEnd(serviceMonth));
    const allowed = allowedCategories(age.bracket);
    if (!allowed.includes(incomeCategory)) {
      errors.push(pricingError('categoryAgeMismatch', 'incomeCategory',
        `${incomeCategory} は ${AGE_BRACKET_LABELS[age.bracket]} の人の区分ではありません（生年月日 ${birthDate}、診療年月 ${serviceMonth}、月末に${age.ageAtMonthEnd}歳）。${allowed.join('・')} のいずれかを指定してください`));
    } else if (incomeCategory === '一般Ⅱ' && serviceMonth < LATE_ELDERLY_GENERAL_II_FROM) {
      errors.push(pricingError('categoryNotYet', 'incomeCategory', `後期高齢者医療の一般Ⅱ（2割）は ${LATE_ELDERLY_GENERAL_II_FROM} からです`));
    }
  }

  let pe: PublicExpenseInput | undefined;
  if (raw.publicExpense !== undefined) pe = publicExpense(raw.publicExpense, inpatient, errors);

  let ml: MealsInput | undefined;
  if (raw.meals !== undefined) {
    ml = meals(raw.meals, errors, serviceMonth);
    if (inpatient === false) errors.push(pricingError('mealsOutpatient', 'meals'));
    if (raw.publicExpense !== undefined) errors.push(pricingError('mealsWithPublicExpense', 'meals'));
    if (serviceMonth && !mealChargeTable(serviceMonth)) {
      errors.push(pricingError('mealsMonthNotSupported', 'meals', `標準負担額の表は ${MEAL_CHARGE_TABLES[0]!.from} からです。値: ${serviceMonth}`));
    }
    if (ml?.longStay && incomeCategory && !isNonTaxable(incomeCategory)) {
      errors.push(pricingError('longStayCategory', 'meals.longStay', `所得区分: ${incomeCategory}`));
    }
  }

  if (errors.length || points === undefined || !serviceMonth || !birthDate || !incomeCategory || inpatient === undefined || repeatedHighCost === undefined) {
    return { ok: false, errors };
  }
  const input: WindowCopayInput = { points, serviceMonth, birthDate, incomeCategory, inpatient, repeatedHighCost };
  if (pe) input.publicExpense = pe;
  if (ml) input.meals = ml;
  return ok(input);
}
