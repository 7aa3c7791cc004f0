/**
 * Who a claim is billed to: the insurer of a coverage period (HO) and the 公費 programmes (KO in
 * priority order), or a 公費 alone (生活保護). Decides 負担区分 per item and the レセプト種別.
 */
import type { YearMonth } from '@kokuho/core/common';
import type { BurdenCode } from '@kokuho/core/uke';
import type { Coverage } from '../population/coverage.ts';
import { personDigit } from '../population/benefit.ts';
import type { Person } from '../population/population-types.ts';

export interface PublicExpenseGrant {
  /** 法別番号: 12 生活保護, 21 精神通院, 54 難病. */
  law: '12' | '21' | '54';
  payerNumber: string;
  beneficiaryNumber: string;
  /** Scenario ids whose treatment it pays for; undefined = everything (生活保護). */
  covers: ReadonlySet<string> | undefined;
}

export interface Payer {
  coverage: Coverage | undefined;
  /** KO records in order; at most one here (第1公費). */
  publicExpenses: readonly PublicExpenseGrant[];
}

/** 負担区分 of an item belonging to a scenario (undefined: visit-level items). */
export function burdenFor(payer: Payer, scenarioIds: readonly string[]): BurdenCode {
  if (!payer.coverage) return '5';
  const ko = payer.publicExpenses[0];
  if (!ko) return '1';
  return scenarioIds.some((id) => ko.covers?.has(id) ?? true) ? '2' : '1';
}

/** 別表5 レセプト種別 of a 医科 claim. */
export function receiptTypeOf(person: Person, payer: Payer, month: YearMonth, firstDay: string, inpatient: boolean): string {
  if (!payer.coverage) return `12${payer.publicExpenses.length}${inpatient ? 1 : 2}`;
  const insurance = payer.coverage.insurer.kind === 'lateElderly' ? '3' : '1';
  const d = personDigit(person, payer.coverage, month, firstDay);
  const digit = inpatient ? (d + 9) % 10 : d;
  return `1${insurance}${1 + payer.publicExpenses.length}${digit}`;
}
