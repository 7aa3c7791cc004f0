/**
 * Age band at a service month (rules-reference.md §1.1, §2.5).
 *
 * One "reaches" an age at the end of the day before the birthday (年齢計算ニ関スル法律), so:
 * - 未就学: up to the first 3/31 on or after the day of reaching 6 (国保法42条1項2号). A child born on
 *   1 April reaches 6 on 31 March and leaves that day.
 * - 70〜74: from the month after the month of reaching 70 (国保法42条1項3号); born on the 1st → from
 *   the birthday month itself (the day of reaching 70 is the last day of the previous month).
 * - 後期: from the 75th birthday itself (高確法50条・52条). Born on the 1st → the whole birthday month
 *   is 後期. Otherwise the birthday month is split between the old insurer and 後期 and both halve
 *   the limits (75歳到達月の特例, §2.5).
 *
 * The window pricing works on a month, not a day: in the split month it prices the old insurer's
 * (国保, 70〜74) claim. See docs/pricing.md.
 */
import { addDays, addMonths, type IsoDate, type YearMonth } from '../common/dates.ts';
import type { AgeBracket } from './window-copay-types.ts';

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The n-th birthday; 29 February falls on 1 March in common years. */
export function nthBirthday(birth: IsoDate, n: number): IsoDate {
  const y = Number(birth.slice(0, 4)) + n;
  const md = birth.slice(5);
  if (md === '02-29' && !isLeap(y)) return `${String(y).padStart(4, '0')}-03-01`;
  return `${String(y).padStart(4, '0')}-${md}`;
}

/** 達する日: the day one reaches age n (the day before the n-th birthday). */
export function dayOfReaching(birth: IsoDate, n: number): IsoDate {
  return addDays(nthBirthday(birth, n), -1);
}

/** Last month of 未就学: March of the year of the first 3/31 on or after the day of reaching 6. */
export function lastPreschoolMonth(birth: IsoDate): YearMonth {
  const d6 = dayOfReaching(birth, 6);
  const y = Number(d6.slice(0, 4)) + (d6.slice(5) > '03-31' ? 1 : 0);
  return `${y}-03`;
}

/** First month of 70〜74 (高齢受給者): the month after the month of reaching 70. */
export function firstAge70Month(birth: IsoDate): YearMonth {
  return addMonths(dayOfReaching(birth, 70).slice(0, 7), 1);
}

/** First day of 後期高齢者医療: the 75th birthday (the day after reaching 75). */
export function lateElderlyFrom(birth: IsoDate): IsoDate {
  return addDays(dayOfReaching(birth, 75), 1);
}

export interface AgeAtMonth {
  bracket: AgeBracket;
  /** The month of the 75th birthday, birthday not on the 1st: limits are halved (§2.5). */
  turning75Month: boolean;
  /** Completed years on the last day of the month (for messages). */
  ageAtMonthEnd: number;
}

export function ageAtMonth(birth: IsoDate, month: YearMonth, monthEnd: IsoDate): AgeAtMonth {
  const late = lateElderlyFrom(birth);
  const ageAtMonthEnd = Math.max(0, Number(monthEnd.slice(0, 4)) - Number(birth.slice(0, 4)) - (monthEnd.slice(5) < birth.slice(5) ? 1 : 0));
  if (`${month}-01` >= late) return { bracket: 'lateElderly', turning75Month: false, ageAtMonthEnd };
  const turning75Month = late.slice(0, 7) === month;
  if (month >= firstAge70Month(birth)) return { bracket: 'age70to74', turning75Month, ageAtMonthEnd };
  if (month <= lastPreschoolMonth(birth)) return { bracket: 'preschool', turning75Month, ageAtMonthEnd };
  return { bracket: 'under70', turning75Month, ageAtMonthEnd };
}
