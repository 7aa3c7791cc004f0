/**
 * Who pays what: 所得区分 from the household's income quantile, the copay band by age
 * (rules-reference.md §1.1: 未就学 2割, to 69 3割, 70–74 2割 or 3割 現役並み, 後期 1/2/3割), the
 * 給付割合 of 国保 claims and the person digit of the レセプト種別 (別表5).
 */
import { addMonths, ageOn, type IsoDate, type YearMonth } from '@kokuho/core/common';
import type { IncomeCategory } from '@kokuho/core/registry';
import { addYears } from './calendar.ts';
import type { Coverage } from './coverage.ts';
import type { Person } from './population-types.ts';

/** Cumulative shares of 区分 (国保 is skewed towards low incomes). */
const UNDER70: readonly (readonly [IncomeCategory, number])[] = [['o', 0.27], ['e', 0.62], ['u', 0.92], ['i', 0.97], ['a', 1]];
const FROM70: readonly (readonly [IncomeCategory, number])[] = [
  ['lowIncomeI', 0.12], ['lowIncomeII', 0.3], ['general', 0.92], ['activeI', 0.97], ['activeII', 0.99], ['activeIII', 1],
];

export function isPreschool(birth: IsoDate, on: IsoDate): boolean {
  const sixth = addYears(birth, 6);
  // Age 6 is reached the day before the 6th birthday: a child born on 1 April leaves on 31 March.
  const y = Number(sixth.slice(0, 4)) + (sixth.slice(5) >= '04-02' ? 1 : 0);
  return on <= `${y}-03-31`;
}

/** 高齢受給者: from the month after the 70th birthday (the birthday month itself when born on the 1st). */
export function isElderlyRecipient(birth: IsoDate, month: YearMonth): boolean {
  const b70 = addYears(birth, 70);
  const from = b70.endsWith('-01') ? b70.slice(0, 7) : addMonths(b70.slice(0, 7), 1);
  return month >= from;
}

export function incomeCategoryOf(p: Person, coverage: Coverage | undefined, month: YearMonth): IncomeCategory {
  const u = p.household.income;
  const from70 = coverage?.insurer.kind === 'lateElderly' || isElderlyRecipient(p.birthDate, month);
  const table = from70 ? FROM70 : UNDER70;
  const cat = table.find(([, c]) => u < c)?.[0] ?? table[table.length - 1]![0];
  // 後期 splits 一般 into 一般Ⅰ (1割) and 一般Ⅱ (2割, from 2022-10).
  if (cat === 'general' && coverage?.insurer.kind === 'lateElderly') return u > 0.75 ? 'generalII' : 'generalI';
  return cat;
}

const ACTIVE: ReadonlySet<IncomeCategory> = new Set(['activeI', 'activeII', 'activeIII']);

/** Copay in tenths (1, 2 or 3) on a day. */
export function copayTenths(p: Person, coverage: Coverage, month: YearMonth, day: IsoDate): number {
  const cat = incomeCategoryOf(p, coverage, month);
  if (coverage.insurer.kind === 'lateElderly') return ACTIVE.has(cat) ? 3 : cat === 'generalII' ? 2 : 1;
  if (isPreschool(p.birthDate, day)) return 2;
  if (isElderlyRecipient(p.birthDate, month)) return ACTIVE.has(cat) ? 3 : 2;
  return 3;
}

/**
 * 別表5 digit 4 for an outpatient claim (the inpatient digit is one less, mod 10):
 * 2 本人(世帯主), 4 未就学者, 6 家族(その他), 8 高齢受給者一般・低所得者 / 後期 1–2割, 0 高齢受給者7割 / 後期 3割.
 */
export function personDigit(p: Person, coverage: Coverage, month: YearMonth, firstDay: IsoDate): number {
  const tenths = copayTenths(p, coverage, month, firstDay);
  if (coverage.insurer.kind === 'lateElderly') return tenths === 3 ? 0 : 8;
  if (isElderlyRecipient(p.birthDate, month)) return tenths === 3 ? 0 : 8;
  if (isPreschool(p.birthDate, firstDay)) return 4;
  return p.relation === 'householder' ? 2 : 6;
}

export { ageOn };
