/**
 * Which 処理月 a decision may post into: the month of the decision date, or the month after it.
 * The money of a decision is settled with the month's bills and payments: a month before the decision
 * has been billed and paid already (its books are closed or about to be, and a decision may not reach
 * back into it), while a month further ahead than the next would park the money unsettled for months —
 * most often a typing slip (2052-06 for 2025-06) that nothing else would catch, since a far month is
 * open. The month after is allowed because a case decided late in the month, after that month's books
 * were closed, goes to the next one.
 */
import { addMonths, type IsoDate, type YearMonth } from '../common/dates.ts';
import { correctionError, type CorrectionError } from './correction-errors.ts';

/** The posting months a decision on `decidedOn` may name: [its month, the month after]. */
export function allowedPostingMonths(decidedOn: IsoDate): [YearMonth, YearMonth] {
  const month = decidedOn.slice(0, 7);
  return [month, addMonths(month, 1)];
}

/** Undefined when `postingMonth` is allowed for a decision on `decidedOn`, else the refusal. */
export function postingMonthCheck(postingMonth: YearMonth, decidedOn: IsoDate): CorrectionError | undefined {
  const [from, to] = allowedPostingMonths(decidedOn);
  if (postingMonth >= from && postingMonth <= to) return undefined;
  return correctionError('POSTING_MONTH_OUT_OF_RANGE', `処理月 ${postingMonth}、決定日 ${decidedOn}: ${from} または ${to} を指定してください`);
}
