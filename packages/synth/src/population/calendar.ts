/** Date arithmetic on ISO strings via UTC day numbers (no time zones, no clocks). */
import { daysInMonth, type IsoDate, type YearMonth } from '@kokuho/core/common';

const DAY_MS = 86_400_000;

export function dayNumber(d: IsoDate): number {
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / DAY_MS;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * Days since 1970-01-01 → 'YYYY-MM-DD' (H. Hinnant's civil_from_days): called for every person,
 * several times, where a Date and toISOString cost far more.
 */
export function fromDayNumber(n: number): IsoDate {
  const z = Math.floor(n) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromDayNumber(dayNumber(d) + n);
}

export function monthStart(ym: YearMonth): IsoDate {
  return `${ym}-01`;
}

export function monthEnd(ym: YearMonth): IsoDate {
  return `${ym}-${String(daysInMonth(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)))).padStart(2, '0')}`;
}

export function monthDays(ym: YearMonth): number {
  return daysInMonth(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)));
}

export function dateInMonth(ym: YearMonth, day: number): IsoDate {
  return `${ym}-${pad2(day)}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: IsoDate): number {
  return ((dayNumber(d) % 7) + 11) % 7;
}

/** The date `years` after `d` (29 February → 1 March in common years, as 年齢計算ニ関スル法律 counts). */
export function addYears(d: IsoDate, years: number): IsoDate {
  const y = Number(d.slice(0, 4)) + years;
  const md = d.slice(5);
  if (md === '02-29' && daysInMonth(y, 2) === 28) return `${y}-03-01`;
  return `${y}-${md}`;
}

export function monthOf(d: IsoDate): YearMonth {
  return d.slice(0, 7);
}
