/**
 * KO 負担金額（公費）: the patient's charge under a 公費, which the claim records when the 受給者証 gives
 * one (記録条件仕様 医科 KO「負担金額 公費」; uke-format.md §3 KO idx 6). The 受給者証 of 54 難病 and
 * 21 精神通院 has a monthly 自己負担上限額 (population/public-expense.ts), so the patient pays the
 * programme's ratio of what the 公費 bears — never more than the insurance ratio — until the cap is
 * reached, counted over the month's claims on the 自己負担上限額管理票 (in the order the month's claims
 * are built). The amount is to the yen, before the window's 10-yen rounding: the real sample file
 * (../shared/data/samples/RECEIPTC_GAIRAI_SAMPLE.UKE) has 54 with 364点 → 728 (2割) and 52 with
 * 1,272点 → 2,500 (the cap, below 2割). 生活保護 has no charge here: nothing is recorded.
 */
import type { IsoDate, YearMonth } from '@kokuho/core/common';
import { publicExpenseProgramme } from '@kokuho/core/pricing';
import { copayTenths, incomeCategoryOf } from '../population/benefit.ts';
import type { Person } from '../population/population-types.ts';
import { monthlyCap } from '../population/public-expense.ts';
import type { Payer } from './payer.ts';

/** 自己負担上限額管理票: what the patient has paid under each 受給者証 this month. */
export class SelfPayCapSheet {
  private readonly paid = new Map<string, number>();

  /** Records a charge of at most `amount` against `cap`; returns what is charged. */
  charge(key: string, cap: number, amount: number): number {
    const before = this.paid.get(key) ?? 0;
    const charged = Math.min(amount, Math.max(0, cap - before));
    this.paid.set(key, before + charged);
    return charged;
  }
}

/**
 * KO 負担金額 of each of the claim's KO records (undefined: not recorded), charged on the sheet.
 * `points` are the KO 合計点数; `firstDay` the claim's first day (the insurance ratio of 未就学 is by day).
 */
export function publicExpenseCharges(person: Person, payer: Payer, month: YearMonth, firstDay: IsoDate, points: readonly number[], sheet: SelfPayCapSheet): (number | undefined)[] {
  return payer.publicExpenses.map((g, i) => {
    const programme = publicExpenseProgramme(g.law);
    if (!programme) return undefined;
    const cap = monthlyCap(g.law, incomeCategoryOf(person, payer.coverage, month), person.household.income);
    if (cap === undefined) return undefined;
    const tenths = Math.min(programme.patientRatioTenths, payer.coverage ? copayTenths(person, payer.coverage, month, firstDay) : programme.patientRatioTenths);
    // 点数 × 10 yen × tenths / 10
    return sheet.charge(`${g.payerNumber}|${g.beneficiaryNumber}`, cap, (points[i] ?? 0) * tenths);
  });
}
