/**
 * One inpatient 医科 claim: a stay's days in the month at a hospital. 入院基本料 day by day with
 * the 入院期間加算 of the stay's day number, meals (食事療養, 診療識別 97, in yen, outside the
 * points) with the 標準負担額 of the patient's income, drips, oxygen, oral drugs, tests, imaging,
 * surgery with anaesthesia and devices, rehabilitation. A short stay under 短期滞在手術等基本料３
 * is that one fee and the meals.
 */
import { ageOn, type YearMonth } from '@kokuho/core/common';
import type { MasterSnapshot } from '@kokuho/core/masters';
import type { UkeClaim } from '@kokuho/core/uke';
import { curedAtDischarge, type Admission } from '../clinical/care-plan.ts';
import { FEE, MODIFIER } from '../clinical/fee-codes.ts';
import { dateInMonth, dayNumber } from '../population/calendar.ts';
import { copayTenths, incomeCategoryOf } from '../population/benefit.ts';
import type { Person } from '../population/population-types.ts';
import {
  diagnosisRecords, eligibilityCheckRecords, insurerRecord, publicExpenseRecords, receiptRecord, visitDayRecords,
} from './claim-parts.ts';
import { chooseDrug } from './drug-choice.ts';
import { incomeNotes } from './income-notes.ts';
import { imagingUnit, buildZai } from './outpatient-claim.ts';
import { burdenFor, receiptTypeOf, type Payer } from './payer.ts';
import { devicePoints, drugUnitPoints, procedurePoints, procedurePoints100 } from './pricing.ts';
import { publicExpenseCharges, SelfPayCapSheet } from './public-expense-charge.ts';
import { addTests } from './tests.ts';
import { payerTotal, unitRecords, UnitList, type LineSpec } from './units.ts';

export interface InpatientInput {
  person: Person;
  admission: Admission;
  month: YearMonth;
  /** Days of the month (1-based) the stay covers under this payer. */
  days: readonly number[];
  payer: Payer;
  masters: MasterSnapshot;
  /** 判断料 already billed at the hospital this month (once a month per provider); updated with this claim's. */
  judged?: Set<string>;
  /** The patient's 自己負担上限額管理票 this month (KO 負担金額); a fresh one when not given. */
  capSheet?: SelfPayCapSheet;
}

export function buildInpatientClaim(input: InpatientInput): UkeClaim {
  const { person, admission: a, month, days, payer, masters: m } = input;
  const s = a.scenario;
  const units = new UnitList();
  const judged = input.judged ?? new Set<string>();
  const b = burdenFor(payer, [s.id]);
  const firstDate = dateInMonth(month, days[0]!);
  const age = ageOn(person.birthDate, firstDate);
  const admittedDay = dayNumber(a.admitted);
  const stayDay = (d: number): number => dayNumber(dateInMonth(month, d)) - admittedDay + 1;
  const lastDay = a.lastDay.slice(0, 7) === month ? Number(a.lastDay.slice(8)) : 32;
  const category = incomeCategoryOf(person, payer.coverage, month);
  const mealStandard = category === 'lowIncomeI' ? FEE.mealStandardChargeLow1
    : category === 'lowIncomeII' || category === 'o' ? FEE.mealStandardChargeLow2 : FEE.mealStandardCharge;
  let meals = 0, mealYen = 0;
  const dripDays = s.drip ? s.drip.days[0] + (person.no % (s.drip.days[1] - s.drip.days[0] + 1)) : 0;

  for (const d of days) {
    const k = stayDay(d);
    const n = k === 1 ? 2 : d === lastDay ? (a.died ? 2 : 1) : 3;
    const meal = (): void => {
      const yen = Math.round(procedurePoints100(m, FEE.meal, n) / 100);
      units.add('97', b, [{ kind: 'SI', code: FEE.meal, quantity: n }], yen, d);
      units.add('97', b, [{ kind: 'SI', code: mealStandard, quantity: n }], Math.round(procedurePoints100(m, mealStandard, n) / 100), d);
      meals += n;
      mealYen += yen;
    };
    if (s.shortStay) {
      // 短期滞在手術等基本料３: the one fee, on the day of admission; meals are outside it.
      if (k === 1) units.add('90', b, [{ kind: 'SI', code: s.shortStay.code }], procedurePoints(m, s.shortStay.code), d);
      meal();
      continue;
    }
    const ward: LineSpec[] = [{ kind: 'SI', code: FEE.acuteWard }];
    if (k <= 14) ward.push({ kind: 'SI', code: FEE.stayUpTo14 });
    else if (k <= 30) ward.push({ kind: 'SI', code: FEE.stay15to30 });
    units.add('90', b, ward, ward.reduce((t, l) => t + procedurePoints(m, l.code), 0), d);
    meal();

    if (s.drip && k <= dripDays) {
      const drugs = s.drip.drugs.map((x) => chooseDrug(m, x, a.provider.formulary, age)).filter((x) => x !== undefined);
      units.add('33', b, [{ kind: 'SI', code: s.drip.procedure }], procedurePoints(m, s.drip.procedure), d);
      if (drugs.length) units.add('33', b, drugs.map((x) => ({ kind: 'IY' as const, code: x.code, quantity: x.amount })), drugUnitPoints(m, drugs), d);
    }
    if (s.oxygenDays && k <= s.oxygenDays) units.add('40', b, [{ kind: 'SI', code: FEE.oxygen }], procedurePoints(m, FEE.oxygen), d);
    if (s.oral && k >= s.oral.fromDay && d !== lastDay) {
      for (const z of buildZai(m, s.oral.rx, a.provider, age, 1, b, s.id)) {
        units.add('21', b, z.drugs.map((x) => ({ kind: 'IY' as const, code: x.code, quantity: x.amount })), drugUnitPoints(m, z.drugs), d);
      }
      units.add('24', b, [{ kind: 'SI', code: FEE.dispensingInpatient }], procedurePoints(m, FEE.dispensingInpatient), d);
    }
    if (k === 1 || (k - 1) % s.tests.everyDays === 0) addTests(units, m, s.tests.codes, d, b, judged, false, s.id);
    if (s.imaging?.days.includes(k)) imagingUnit(units, m, s.imaging.spec, a.side, d, b, s.id);
    if (s.surgery && k === s.surgery.day) {
      const sg = s.surgery;
      units.add('50', b, sg.procedures.map((p) => ({ kind: 'SI' as const, code: p.code })), sg.procedures.reduce((t, p) => t + procedurePoints(m, p.code, p.quantity), 0), d);
      for (const dev of sg.devices) {
        if (m.device(dev.code)) units.add('50', b, [{ kind: 'TO', code: dev.code, quantity: dev.amount }], devicePoints(m, dev.code, dev.amount), d);
      }
      const drugs = sg.drugs.map((x) => chooseDrug(m, x, a.provider.formulary, age)).filter((x) => x !== undefined);
      if (drugs.length) units.add('50', b, drugs.map((x) => ({ kind: 'IY' as const, code: x.code, quantity: x.amount })), drugUnitPoints(m, drugs), d);
      for (const an of sg.anaesthesia) {
        units.add('54', b, [{ kind: 'SI', code: an.code, ...(an.quantity ? { quantity: an.quantity } : {}) }], procedurePoints(m, an.code, an.quantity), d);
      }
    }
    if (s.rehab && k >= s.rehab.fromDay && d !== lastDay) {
      units.add('80', b, [{ kind: 'SI', code: s.rehab.code, quantity: s.rehab.units }], procedurePoints(m, s.rehab.code, s.rehab.units), d);
    }
  }
  if (units.has(FEE.dispensingInpatient)) {
    const d = [...units.daysWith((u) => u.lines.some((l) => l.code === FEE.dispensingInpatient))][0]!;
    units.add('27', b, [{ kind: 'SI', code: '120001710' }], procedurePoints(m, '120001710'), d);
  }

  const ended = lastDay <= 31;
  const outcome = ended ? (a.died ? '3' : curedAtDischarge(s) ? '2' : '1') : '1';
  const sy = diagnosisRecords(s.diagnoses.map((dx, i) => ({
    code: dx.code, start: a.admitted, outcome, main: i === 0,
    modifiers: (dx.modifiers ?? []).map((x) => (x === 'side' ? (a.side === 'right' ? MODIFIER.right : MODIFIER.left) : x)),
  })));
  const sorted = units.sorted();
  const type = receiptTypeOf(person, payer, month, firstDate, true);
  const hoTotal = payerTotal(sorted, 1);
  const notes = incomeNotes(person, payer, month, { inpatient: true, points: hoTotal, copayTenths: payer.coverage ? copayTenths(person, payer.coverage, month, firstDate) : 0 });
  const re = receiptRecord(person, payer, month, type, firstDate, {
    admissionDate: a.admitted,
    bedCount: a.provider.beds,
    specialNotes: notes.specialNotes,
    ...(notes.lowIncomeClass ? { lowIncomeClass: notes.lowIncomeClass } : {}),
  });
  const mealInfo = { count: meals, amount: mealYen };
  const koTotals = payer.publicExpenses.map((_, i) => payerTotal(sorted, 2 << i));
  const charges = publicExpenseCharges(person, payer, month, firstDate, koTotals, input.capSheet ?? new SelfPayCapSheet());
  const claim: UkeClaim = {
    re,
    ko: publicExpenseRecords(payer, days.length, koTotals, mealInfo, charges),
    sn: eligibilityCheckRecords(payer),
    jd: visitDayRecords(payer, days, payer.coverage ? [] : days),
    gr: [],
    sy,
    items: unitRecords(sorted),
    sj: [],
    lines: { first: 0, last: 0 },
  };
  const ho = insurerRecord(payer, days.length, hoTotal, mealInfo);
  if (ho) claim.ho = ho;
  return claim;
}
