/**
 * The records every 医科 claim has around its 摘要: RE, HO, KO, SN, JD and SY, from the person, the
 * payer and the visit days.
 */
import type { IsoDate, Points, Yen, YearMonth } from '@kokuho/core/common';
import type {
  DiagnosisRecord, EligibilityCheckRecord, InsurerRecord, PayerTypeCode, PublicExpenseRecord, ReceiptCommonRecord,
  ReceiptTypeCode, VisitDaysRecord,
} from '@kokuho/core/uke';
import { copayTenths } from '../population/benefit.ts';
import type { Person } from '../population/population-types.ts';
import type { Payer } from './payer.ts';

/** RE 氏名: kanji with a full-width space, or Latin capitals with a half-width one (never mixed). */
export function claimName(p: Person): string {
  return p.latinName ? `${p.familyName} ${p.givenName}` : `${p.familyName}　${p.givenName}`;
}

export function receiptRecord(p: Person, payer: Payer, month: YearMonth, type: string, firstDay: IsoDate, extra: Partial<ReceiptCommonRecord> = {}): ReceiptCommonRecord {
  // 給付割合 is recorded for 国保 only (not 後期, not 公費単独).
  const nhi = payer.coverage && payer.coverage.insurer.kind !== 'lateElderly';
  return {
    id: 'RE', line: 0, receiptNumber: 0, receiptType: type as ReceiptTypeCode, serviceMonth: month, name: claimName(p),
    sex: p.sex, birthDate: p.birthDate,
    ...(nhi ? { benefitRatio: 100 - copayTenths(p, payer.coverage!, month, firstDay) * 10 } : {}),
    wardTypes: [], specialNotes: [], departments: [], patientStates: [],
    chartNumber: String(p.no % 1_000_000).padStart(6, '0'),
    kanaName: `${p.familyKana}${p.givenKana}`,
    ...extra,
  };
}

export function insurerRecord(payer: Payer, actualDays: number, totalPoints: number, meals?: { count: number; amount: number }): InsurerRecord | undefined {
  const c = payer.coverage;
  if (!c) return undefined;
  return {
    id: 'HO', line: 0, insurerNumber: c.insurer.number, ...(c.symbol ? { cardSymbol: c.symbol } : {}), cardNumber: c.number,
    actualDays, totalPoints: totalPoints as Points,
    ...(meals && meals.count ? { mealCount: meals.count, mealAmount: meals.amount as InsurerRecord['mealAmount'] } : {}),
  };
}

/** KO per 公費; `charges` are their 負担金額 (public-expense-charge.ts), undefined where not recorded. */
export function publicExpenseRecords(
  payer: Payer, actualDays: number, totals: readonly number[], meals?: { count: number; amount: number }, charges: readonly (number | undefined)[] = [],
): PublicExpenseRecord[] {
  return payer.publicExpenses.map((g, i) => ({
    id: 'KO', line: 0, payerNumber: g.payerNumber, beneficiaryNumber: g.beneficiaryNumber, actualDays,
    totalPoints: (totals[i] ?? 0) as Points,
    ...(charges[i] !== undefined ? { copay: charges[i] as Yen } : {}),
    ...(meals && meals.count && !payer.coverage ? { mealCount: meals.count, mealAmount: meals.amount as PublicExpenseRecord['mealAmount'] } : {}),
  }));
}

/** SN for the HO payer (first claim: 確認区分 01, only the 枝番 of a 国保 card). */
export function eligibilityCheckRecords(payer: Payer): EligibilityCheckRecord[] {
  const c = payer.coverage;
  if (!c) return [];
  return [{ id: 'SN', line: 0, payerType: '1', confirmationType: '01', ...(c.branch ? { branchNumber: c.branch } : {}) }];
}

/** JD per payer: '1' on each day counted in 実日数. */
export function visitDayRecords(payer: Payer, days: readonly number[], publicDays: readonly number[]): VisitDaysRecord[] {
  const make = (payerType: PayerTypeCode, list: readonly number[]): VisitDaysRecord => {
    const arr: ('1' | undefined)[] = new Array(31).fill(undefined);
    for (const d of list) arr[d - 1] = '1';
    return { id: 'JD', line: 0, payerType, days: arr };
  };
  const out: VisitDaysRecord[] = [];
  if (payer.coverage) out.push(make('1', days));
  payer.publicExpenses.forEach((_, i) => {
    const list = payer.coverage ? publicDays : days;
    if (list.length) out.push(make(String(i + 2) as PayerTypeCode, list));
  });
  return out;
}

export interface DiagnosisLine {
  code: string;
  start: IsoDate;
  outcome: '1' | '2' | '3' | '4';
  modifiers: string[];
  main: boolean;
}

export function diagnosisRecords(lines: readonly DiagnosisLine[]): DiagnosisRecord[] {
  const seen = new Set<string>();
  const out: DiagnosisRecord[] = [];
  for (const l of lines) {
    const key = l.code + l.modifiers.join('');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      id: 'SY', line: 0, diagnosisCode: l.code, startDate: l.start, outcome: l.outcome, modifierCodes: l.modifiers,
      ...(l.main ? { mainDiagnosis: '01' } : {}),
    });
  }
  return out;
}
