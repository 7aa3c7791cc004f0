/**
 * One outpatient 医科 claim: a person's visits to one provider in a month under one payer.
 * Per visit day: 初診 or 再診 (with 乳幼児加算 under 6), 外来管理加算 where nothing on the day
 * excludes it, the scenario's procedures and tests; per prescription day: 処方箋料 (院外) or
 * 処方料・調剤料・薬剤 (院内); per month: 医学管理 and 判断料 once. Clean by construction.
 */
import { ageOn, type YearMonth } from '@kokuho/core/common';
import type { MasterSnapshot } from '@kokuho/core/masters';
import type { BurdenCode, UkeClaim } from '@kokuho/core/uke';
import type { CareCase, Side } from '../clinical/care-plan.ts';
import { FEE, MODIFIER } from '../clinical/fee-codes.ts';
import type { ImagingSpec, Rx } from '../clinical/scenario-types.ts';
import { copayTenths } from '../population/benefit.ts';
import { dateInMonth } from '../population/calendar.ts';
import type { Person } from '../population/population-types.ts';
import type { SynthProvider } from '../providers/provider-types.ts';
import { Rng } from '../random/rng.ts';
import { SALT } from '../random/salts.ts';
import { categoryOfTally } from './categories.ts';
import {
  diagnosisRecords, eligibilityCheckRecords, insurerRecord, publicExpenseRecords, receiptRecord, visitDayRecords, type DiagnosisLine,
} from './claim-parts.ts';
import { chooseDrug } from './drug-choice.ts';
import { incomeNotes } from './income-notes.ts';
import { burdenFor, receiptTypeOf, type Payer } from './payer.ts';
import { addZai, type Prescription, type Zai } from './prescription.ts';
import { drugUnitPoints, procedureEntry, procedurePoints } from './pricing.ts';
import { publicExpenseCharges, SelfPayCapSheet } from './public-expense-charge.ts';
import { addTests } from './tests.ts';
import { payerTotal, unitRecords, UnitList } from './units.ts';

export interface OutpatientInput {
  person: Person;
  provider: SynthProvider;
  month: YearMonth;
  cases: readonly CareCase[];
  payer: Payer;
  masters: MasterSnapshot;
  /** No visit at this provider last month and no ongoing care: the first visit is a 初診. */
  newPatient: boolean;
  seed: number;
  /**
   * 判断料 already billed at the provider this month (on another claim of the patient: a stay, or
   * another payer); each is billed once a month per provider. Updated with this claim's.
   */
  judged?: Set<string>;
  /** The patient's 自己負担上限額管理票 this month (KO 負担金額); a fresh one when not given. */
  capSheet?: SelfPayCapSheet;
}

export interface BuiltClaim {
  claim: UkeClaim;
  /** 院外処方箋 issued (filled by pharmacies). */
  prescriptions: Prescription[];
}

const sideModifier = (s: Side): string => (s === 'right' ? MODIFIER.right : MODIFIER.left);
const sideText = (s: Side): string => (s === 'right' ? '右' : '左');

export function imagingUnit(units: UnitList, m: MasterSnapshot, spec: ImagingSpec, side: Side, day: number, burden: BurdenCode, tag: string): void {
  const points = procedurePoints(m, spec.diagnosisCode, 1) + procedurePoints(m, spec.shootingCode, 1) + procedurePoints(m, spec.addOnCode);
  const text = spec.comment.text === 'side' ? sideText(side) : spec.comment.text;
  units.add('70', burden, [
    { kind: 'SI', code: spec.diagnosisCode, quantity: 1 },
    { kind: 'SI', code: spec.shootingCode, quantity: 1 },
    { kind: 'SI', code: spec.addOnCode },
  ], points, day, 1, [{ code: spec.comment.code, ...(text ? { text } : {}) }], tag);
}

/** 特定疾患療養管理料 by the provider's size; undefined where it cannot be billed (200 beds or more). */
function specificManagementCode(p: SynthProvider): string | undefined {
  if (p.kind === 'clinic') return FEE.specificManagementClinic;
  if ((p.beds ?? 0) < 100) return FEE.specificManagementSmallHospital;
  if ((p.beds ?? 0) < 200) return FEE.specificManagementMidHospital;
  return undefined;
}

export function buildZai(m: MasterSnapshot, rx: Rx, provider: SynthProvider, age: number, rxDays: number, burden: BurdenCode, scenario: string): Zai[] {
  const drugs = rx.drugs.map((d) => chooseDrug(m, d, provider.formulary, age)).filter((d) => d !== undefined);
  if (!drugs.length) return [];
  if (rx.form === 'oral') {
    const count = rx.timing === 'weekly' ? Math.max(1, Math.floor(rxDays / 7)) : rxDays;
    return [{ form: 'oral', timing: rx.timing, drugs, count, burden, scenarios: [scenario] }];
  }
  if (rx.form === 'asNeeded') return [{ form: 'asNeeded', timing: undefined, drugs, count: rx.doses, burden, scenarios: [scenario] }];
  return drugs.map((d) => ({ form: 'external', timing: undefined, drugs: [d], count: 1, burden, scenarios: [scenario] }));
}

export function buildOutpatientClaim(input: OutpatientInput): BuiltClaim {
  const { person, provider, month, cases, payer, masters: m } = input;
  const allDays = [...new Set(cases.flatMap((c) => c.days))].sort((a, b) => a - b);
  const firstDate = dateInMonth(month, allDays[0]!);
  const age = ageOn(person.birthDate, firstDate);
  // Age add-ons by the day billed: a child may have a birthday within the month.
  const ageOnDay = (d: number): number => ageOn(person.birthDate, dateInMonth(month, d));
  const units = new UnitList();
  const judged = input.judged ?? new Set<string>();
  const rng = new Rng(input.seed, SALT.visits, person.no, provider.slot, Number(month.replace('-', '')));
  const visitBurden = burdenFor(payer, cases.map((c) => c.scenario.id));
  const firstVisitDay = input.newPatient ? allDays[0] : undefined;

  // 医学管理 (once a month for 生活習慣病管理料, up to twice for 特定疾患療養管理料; never on a 初診 day).
  const lifestyle = cases.find((c) => c.scenario.management === 'lifestyle');
  const specific = cases.find((c) => c.scenario.management === 'specific');
  const managementDays = new Set<number>();
  let lifestyleBilled = false;
  const eligibleDays = allDays.filter((d) => d !== firstVisitDay);
  if (lifestyle && eligibleDays.length && !input.newPatient) {
    const d = eligibleDays[0]!;
    units.add('13', burdenFor(payer, [lifestyle.scenario.id]), [{ kind: 'SI', code: FEE.lifestyleManagement }], procedurePoints(m, FEE.lifestyleManagement), d, 1, [], lifestyle.scenario.id);
    managementDays.add(d);
    lifestyleBilled = true;
  } else if (specific && eligibleDays.length && !input.newPatient) {
    const code = specificManagementCode(provider);
    if (code) {
      for (const d of eligibleDays.slice(0, 2)) units.add('13', burdenFor(payer, [specific.scenario.id]), [{ kind: 'SI', code }], procedurePoints(m, code), d, 1, [], specific.scenario.id);
    }
  }

  // Scenario items per visit day.
  const prescriptions = new Map<number, Zai[]>();
  for (const c of cases) {
    const b = burdenFor(payer, [c.scenario.id]);
    const s = c.scenario;
    const first = c.days[0]!;
    for (const d of c.days) {
      for (const p of s.perVisit ?? []) {
        const e = procedureEntry(m, p.code);
        units.add(categoryOfTally(e.tallyOutpatient) ?? '40', b, [{ kind: 'SI', code: p.code, ...(p.quantity ? { quantity: p.quantity } : {}) }], procedurePoints(m, p.code, p.quantity), d, 1, [], s.id);
      }
      if (s.injection && (s.injection.every === 'visit' || d === first)) {
        const drugs = s.injection.drugs.map((x) => chooseDrug(m, x, provider.formulary, age)).filter((x) => x !== undefined);
        units.add(s.injection.category, b, [{ kind: 'SI', code: s.injection.procedure }], procedurePoints(m, s.injection.procedure), d, 1, [], s.id);
        if (drugs.length) units.add(s.injection.category, b, drugs.map((x) => ({ kind: 'IY' as const, code: x.code, quantity: x.amount })), drugUnitPoints(m, drugs), d, 1, [], s.id);
      }
    }
    if (c.startsThisMonth) {
      for (const p of s.firstVisit ?? []) {
        const e = procedureEntry(m, p.code);
        units.add(categoryOfTally(e.tallyOutpatient) ?? '40', b, [{ kind: 'SI', code: p.code }], procedurePoints(m, p.code, p.quantity), first, 1, [], s.id);
      }
    }
    for (const t of s.tests ?? []) {
      // a limited test falls only in the person's own months of its cycle (D217: 4月に1回)
      const inCycle = !t.everyMonths || (Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) + person.no) % t.everyMonths === 0;
      if (inCycle && rng.chance(t.probability)) addTests(units, m, t.codes, first, b, judged, true, s.id);
    }
    if (s.imaging && rng.chance(s.imaging.probability)) {
      imagingUnit(units, m, s.imaging.spec, c.side, first, b, s.id);
    }
    if (s.rx.length) {
      const list = prescriptions.get(first) ?? [];
      for (const rx of s.rx) for (const z of buildZai(m, rx, provider, age, c.rxDays, b, s.id)) addZai(list, z);
      prescriptions.set(first, list);
    }
  }

  // 初診 / 再診 and 外来管理加算.
  for (const d of allDays) {
    if (d === firstVisitDay) {
      const lines = [{ kind: 'SI' as const, code: FEE.firstVisit }, ...(ageOnDay(d) < 6 ? [{ kind: 'SI' as const, code: FEE.firstVisitInfant }] : [])];
      units.add('11', visitBurden, lines, lines.reduce((a, l) => a + procedurePoints(m, l.code), 0), d);
    } else {
      const lines = [{ kind: 'SI' as const, code: FEE.revisit }, ...(ageOnDay(d) < 6 ? [{ kind: 'SI' as const, code: FEE.revisitInfant }] : [])];
      units.add('12', visitBurden, lines, lines.reduce((a, l) => a + procedurePoints(m, l.code), 0), d);
      const excluded = units.units.some((u) => u.days[d - 1]! > 0 && u.lines.some((l) => l.kind === 'SI' && procedureEntry(m, l.code).outpatientManagementClass === 1));
      if (!excluded && !managementDays.has(d)) {
        units.add('12', visitBurden, [{ kind: 'SI', code: FEE.outpatientManagement }], procedurePoints(m, FEE.outpatientManagement), d);
      }
    }
  }

  // Prescriptions: 院外 → 処方箋料; 院内 → 処方料, 調剤料, 調剤技術基本料 and the drugs.
  const issued: Prescription[] = [];
  let specificRxDone = false;
  let baseDone = false;
  // 特定疾患処方管理加算 follows the 特定疾患 as 主病 (not under 生活習慣病管理料), for 28 days or more.
  const specificRx = !lifestyleBilled && !input.newPatient && cases.some((c) => c.scenario.management === 'specific' && c.rxDays >= 28);
  for (const [d, zai] of [...prescriptions].sort((a, b) => a[0] - b[0])) {
    if (!zai.length) continue;
    const b = burdenFor(payer, zai.flatMap((z) => z.scenarios));
    if (!provider.inHouseDispensing) {
      const lines = [{ kind: 'SI' as const, code: FEE.prescriptionSlip }, ...(ageOnDay(d) < 3 ? [{ kind: 'SI' as const, code: FEE.prescriptionSlipInfant }] : [])];
      units.add('80', b, lines, lines.reduce((a, l) => a + procedurePoints(m, l.code), 0), d);
      if (specificRx && !specificRxDone) {
        units.add('80', b, [{ kind: 'SI', code: FEE.prescriptionSlipSpecific }], procedurePoints(m, FEE.prescriptionSlipSpecific), d);
        specificRxDone = true;
      }
      issued.push({ prescriber: provider, day: d, zai });
      continue;
    }
    const lines = [{ kind: 'SI' as const, code: FEE.prescribing }, ...(ageOnDay(d) < 3 ? [{ kind: 'SI' as const, code: FEE.prescribingInfant }] : [])];
    units.add('25', b, lines, lines.reduce((a, l) => a + procedurePoints(m, l.code), 0), d);
    if (specificRx && !specificRxDone) {
      units.add('25', b, [{ kind: 'SI', code: FEE.prescribingSpecific }], procedurePoints(m, FEE.prescribingSpecific), d);
      specificRxDone = true;
    }
    if (zai.some((z) => z.form !== 'external')) units.add('24', b, [{ kind: 'SI', code: FEE.dispensingOral }], procedurePoints(m, FEE.dispensingOral), d);
    if (zai.some((z) => z.form === 'external')) units.add('24', b, [{ kind: 'SI', code: FEE.dispensingExternal }], procedurePoints(m, FEE.dispensingExternal), d);
    if (!baseDone) {
      units.add('27', b, [{ kind: 'SI', code: FEE.dispensingBase }], procedurePoints(m, FEE.dispensingBase), d);
      baseDone = true;
    }
    for (const z of zai) {
      const category = z.form === 'oral' ? '21' : z.form === 'asNeeded' ? '22' : '23';
      units.add(category, z.burden, z.drugs.map((x) => ({ kind: 'IY' as const, code: x.code, quantity: x.amount })), drugUnitPoints(m, z.drugs), d, z.count, [], z.scenarios.join(','));
    }
  }

  // Diagnoses: the 医学管理's disease is the 主病; acute episodes end cured on their last visit.
  const mainCase = (lifestyleBilled ? lifestyle : specific) ?? cases[0]!;
  const sy: DiagnosisLine[] = [];
  for (const c of cases) {
    for (const dx of c.scenario.diagnoses) {
      sy.push({
        code: dx.code,
        start: c.start,
        outcome: c.cured ? '2' : '1',
        modifiers: (dx.modifiers ?? []).map((x) => (x === 'side' ? sideModifier(c.side) : x)),
        main: c === mainCase,
      });
    }
  }

  const sorted = units.sorted();
  const hoTotal = payerTotal(sorted, 1);
  const koTotals = payer.publicExpenses.map((_, i) => payerTotal(sorted, 2 << i));
  const publicDays = [...units.daysWith((u) => u.burden !== '1')].sort((a, b) => a - b);
  const type = receiptTypeOf(person, payer, month, firstDate, false);
  const notes = incomeNotes(person, payer, month, { inpatient: false, points: hoTotal, copayTenths: payer.coverage ? copayTenths(person, payer.coverage, month, firstDate) : 0 });
  const charges = publicExpenseCharges(person, payer, month, firstDate, koTotals, input.capSheet ?? new SelfPayCapSheet());
  const claim: UkeClaim = {
    re: receiptRecord(person, payer, month, type, firstDate, {
      ...(specific && provider.kind === 'hospital' ? { bedCount: provider.beds } : {}),
      specialNotes: notes.specialNotes,
      ...(notes.lowIncomeClass ? { lowIncomeClass: notes.lowIncomeClass } : {}),
    }),
    ko: publicExpenseRecords(payer, payer.coverage ? publicDays.length : allDays.length, koTotals, undefined, charges),
    sn: eligibilityCheckRecords(payer),
    jd: visitDayRecords(payer, allDays, publicDays),
    gr: [],
    sy: diagnosisRecords(sy),
    items: unitRecords(sorted),
    sj: [],
    lines: { first: 0, last: 0 },
  };
  const ho = insurerRecord(payer, allDays.length, hoTotal);
  if (ho) claim.ho = ho;
  return { claim, prescriptions: issued };
}
