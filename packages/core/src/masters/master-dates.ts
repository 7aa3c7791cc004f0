/**
 * Dates as the masters write them: 'YYYYMMDD', with '99999999' for "not abolished" and
 * '0' / '00000000' / '' for "not set".
 */
import { addDays, compactToIsoDate, type IsoDate } from '../common/dates.ts';

const UNSET = new Set(['', '0', '00000000', '99999999']);

export function isUnsetMasterDate(v: string | undefined): boolean {
  return v === undefined || UNSET.has(v);
}

/** The date, or undefined when unset (or not a date: rows are validated before this is used). */
export function masterDate(v: string | undefined): IsoDate | undefined {
  return isUnsetMasterDate(v) ? undefined : compactToIsoDate(v!);
}

/** The next calendar day: a 廃止年月日 is the last day of use, so availability ends the day after. */
export function nextDay(d: IsoDate): IsoDate {
  return addDays(d, 1);
}

/** Earlier of two dates where undefined means "open" (the beginning of time). */
export function isBefore(a: IsoDate | undefined, b: IsoDate | undefined): boolean {
  if (a === undefined) return b !== undefined;
  return b !== undefined && a < b;
}
