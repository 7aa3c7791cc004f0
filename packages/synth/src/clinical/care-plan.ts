/**
 * What happens to a person medically in a month: chronic conditions (fixed per person, treated at
 * the same provider every month), acute episodes (drawn per month with seasonality) and
 * admissions (which may have started in an earlier month). Everything is a pure function of
 * (seed, person, month), so a month's neighbours can be recomputed instead of remembered — that is
 * how a clean claim knows whether the patient was seen at the same clinic last month.
 */
import { addMonths, ageOn, type IsoDate, type YearMonth } from '@kokuho/core/common';
import { Rng } from '../random/rng.ts';
import { SALT } from '../random/salts.ts';
import { addDays, dateInMonth, dayNumber, fromDayNumber, monthDays, weekday } from '../population/calendar.ts';
import { REFERENCE_DATE } from '../population/household.ts';
import type { Person } from '../population/population-types.ts';
import type { SynthProvider } from '../providers/provider-types.ts';
import { providersFor } from '../providers/district-providers.ts';
import { INPATIENT_SCENARIOS, SCENARIOS } from './scenario-catalog.ts';
import type { Department, InpatientScenario, Scenario } from './scenario-types.ts';

export type Side = 'right' | 'left';

export interface ChronicCare {
  scenario: Scenario;
  provider: SynthProvider;
  onset: IsoDate;
  rxDays: number;
  /** Visits every month (1) or every other month (2, long prescriptions). */
  cadence: 1 | 2;
  phase: number;
  preferredDay: number;
  side: Side;
}

export interface CareCase {
  scenario: Scenario;
  provider: SynthProvider;
  /** 診療開始日 of the diagnoses. */
  start: IsoDate;
  /** Visit days in the month (1-based, ascending). */
  days: number[];
  rxDays: number;
  chronic: boolean;
  side: Side;
  /** The episode ends cured on its last visit this month (転帰 2). */
  cured: boolean;
  /** The first visit of the episode falls in this month. */
  startsThisMonth: boolean;
}

export interface Admission {
  scenario: InpatientScenario;
  provider: SynthProvider;
  admitted: IsoDate;
  /** Last day in hospital (discharge or death). */
  lastDay: IsoDate;
  died: boolean;
  side: Side;
}

const monthIndex = (m: YearMonth): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const CHRONIC_LIMIT = 5;

function usualProvider(person: Person, providers: readonly SynthProvider[], dept: Department, seed: number, salt: number): SynthProvider | undefined {
  const candidates = providersFor(providers, dept).filter((p) => p.kind === 'clinic');
  const pool = candidates.length ? candidates : providersFor(providers, dept);
  if (!pool.length) return undefined;
  return pool[new Rng(seed, SALT.visits, person.no, salt).int(pool.length)];
}

/** The provider treating a scenario for this person: the usual clinic of its department, a child's paediatrician. */
function providerFor(person: Person, providers: readonly SynthProvider[], s: Scenario, seed: number, age: number): SynthProvider | undefined {
  const rng = new Rng(seed, SALT.visits, person.no, s.id.length * 7919);
  let dept = s.departments[0]!;
  if (age < 15 && s.departments.includes('pediatrics')) dept = 'pediatrics';
  else if (age >= 15 && dept === 'pediatrics' && s.departments.length > 1) dept = s.departments[1]!;
  if (dept === 'internal' && s.departments.includes('hospital') && rng.chance(0.12)) dept = 'hospital';
  if (dept === 'hospital') return providersFor(providers, 'hospital')[0];
  return usualProvider(person, providers, dept, seed, dept.length);
}

export function chronicCareOf(person: Person, providers: readonly SynthProvider[], seed: number): ChronicCare[] {
  const rng = new Rng(seed, SALT.conditions, person.no);
  const age = ageOn(person.birthDate, REFERENCE_DATE);
  const out: ChronicCare[] = [];
  if (person.event?.kind === 'birth') return out;
  for (const s of SCENARIOS) {
    if (s.kind !== 'chronic') continue;
    if (!rng.chance(s.rate(age, person.sex))) continue;
    if (out.length >= CHRONIC_LIMIT) break;
    const provider = providerFor(person, providers, s, seed, age);
    if (!provider) continue;
    const rxDays = rng.pick(s.rxDays);
    // Onset one to fifteen years before the reference date, never before the age of 1.
    const onsetDay = Math.max(dayNumber(person.birthDate) + 365, dayNumber(REFERENCE_DATE) - 365 - rng.int(365 * 14));
    out.push({
      scenario: s, provider, onset: fromDayNumber(onsetDay), rxDays, cadence: rxDays >= 56 ? 2 : 1, phase: rng.int(2),
      // One visit day per clinic: all the conditions it treats are seen together.
      preferredDay: new Rng(seed, SALT.visits, person.no, provider.slot, 1).range(2, 27), side: rng.chance(0.5) ? 'right' : 'left',
    });
  }
  return out;
}

/** Shifts a day off Sunday (clinics are closed) within the month. */
function openDay(month: YearMonth, day: number): number {
  const n = monthDays(month);
  let d = Math.min(Math.max(day, 1), n);
  if (weekday(dateInMonth(month, d)) === 0) d = d < n ? d + 1 : d - 1;
  return d;
}

function chronicCase(c: ChronicCare, month: YearMonth, seed: number, personNo: number): CareCase | undefined {
  if (c.cadence === 2 && (monthIndex(month) + c.phase) % 2 !== 0) return undefined;
  // A condition whose onset lies after the month (a baby's, dated from age 1) is not treated yet.
  if (c.onset > dateInMonth(month, monthDays(month))) return undefined;
  const shift = new Rng(seed, SALT.visits, personNo, monthIndex(month), c.provider.slot).range(-2, 2);
  const rng = new Rng(seed, SALT.visits, personNo, monthIndex(month), c.scenario.id.length);
  const n = rng.range(c.scenario.visits[0], c.scenario.visits[1]);
  const days = new Set<number>([openDay(month, c.preferredDay + shift)]);
  for (let i = 1; i < n; i++) days.add(openDay(month, rng.range(1, monthDays(month))));
  return {
    scenario: c.scenario, provider: c.provider, start: c.onset, days: [...days].sort((a, b) => a - b), rxDays: c.rxDays,
    chronic: true, side: c.side, cured: false, startsThisMonth: false,
  };
}

/** Acute episodes that start in the month (they end within it). */
export function acuteCases(person: Person, providers: readonly SynthProvider[], month: YearMonth, seed: number): CareCase[] {
  const rng = new Rng(seed, SALT.acute, person.no, monthIndex(month));
  const start = dateInMonth(month, 1);
  if (person.birthDate > start && person.event?.kind === 'birth') return [];
  const age = ageOn(person.birthDate, start);
  const out: CareCase[] = [];
  const m = Number(month.slice(5, 7)) - 1;
  for (const s of SCENARIOS) {
    if (s.kind !== 'acute') continue;
    const p = s.rate(age, person.sex) * (s.season?.[m] ?? 1);
    if (!rng.chance(p)) continue;
    const provider = providerFor(person, providers, s, seed, age);
    if (!provider) continue;
    const first = openDay(month, rng.range(1, monthDays(month)));
    const n = rng.range(s.visits[0], s.visits[1]);
    const days = [first];
    for (let i = 1; i < n; i++) {
      const d = openDay(month, days[days.length - 1]! + rng.range(3, 7));
      if (d > days[days.length - 1]! && d <= monthDays(month)) days.push(d);
    }
    out.push({
      scenario: s, provider, start: dateInMonth(month, first), days, rxDays: rng.pick(s.rxDays), chronic: false,
      side: rng.chance(0.5) ? 'right' : 'left', cured: !!s.cures, startsThisMonth: true,
    });
  }
  return out;
}

/** Outpatient cases of the month: chronic visits due this month plus acute episodes. */
export function outpatientCases(person: Person, chronic: readonly ChronicCare[], providers: readonly SynthProvider[], month: YearMonth, seed: number): CareCase[] {
  const out: CareCase[] = [];
  for (const c of chronic) {
    const k = chronicCase(c, month, seed, person.no);
    if (k) out.push(k);
  }
  out.push(...acuteCases(person, providers, month, seed));
  return out;
}

/** The stay ends cured (転帰 2 on the stay's claim, and on its follow-up visit): pneumonias and the short stays. */
export function curedAtDischarge(s: InpatientScenario): boolean {
  return s.id.includes('pneumonia') || s.shortStay !== undefined;
}

/** Admissions starting in a month, including a final admission before a death in the window. */
function admissionsStarting(person: Person, providers: readonly SynthProvider[], month: YearMonth, seed: number): Admission[] {
  const hospital = providersFor(providers, 'hospital')[0];
  if (!hospital) return [];
  const rng = new Rng(seed, SALT.inpatient, person.no, monthIndex(month));
  const first = dateInMonth(month, 1);
  const age = ageOn(person.birthDate, first);
  const out: Admission[] = [];
  const m = Number(month.slice(5, 7)) - 1;
  const death = person.event?.kind === 'death' ? person.event.date : undefined;
  for (const s of INPATIENT_SCENARIOS) {
    const p = s.rate(age, person.sex) * (s.season?.[m] ?? 1);
    if (!rng.chance(p)) continue;
    let admitted = dateInMonth(month, rng.range(1, monthDays(month)));
    const stay = rng.range(s.stay[0], s.stay[1]);
    // A short stay (短手３) is billed once, on the day of admission: kept within the month.
    if (s.shortStay && Number(admitted.slice(8)) + stay - 1 > monthDays(month)) admitted = dateInMonth(month, monthDays(month) - stay + 1);
    const lastDay = addDays(admitted, stay - 1);
    if (death && death >= admitted) continue; // the terminal admission below covers those last days
    out.push({ scenario: s, provider: hospital, admitted, lastDay, died: false, side: rng.chance(0.5) ? 'right' : 'left' });
  }
  // Half of the deaths of the elderly happen in hospital after a pneumonia admission.
  if (death && age >= 65 && new Rng(seed, SALT.inpatient, person.no, 1).chance(0.5)) {
    const s = INPATIENT_SCENARIOS[0]!;
    const stay = new Rng(seed, SALT.inpatient, person.no, 2).range(5, 20);
    const admitted = addDays(death, -(stay - 1));
    if (admitted.slice(0, 7) === month) out.push({ scenario: s, provider: hospital, admitted, lastDay: death, died: true, side: 'right' });
  }
  return out;
}

/** Admissions overlapping the month (those begun up to two months before included). */
export function admissionsIn(person: Person, providers: readonly SynthProvider[], month: YearMonth, seed: number): Admission[] {
  const out: Admission[] = [];
  for (const k of [-2, -1, 0]) {
    for (const a of admissionsStarting(person, providers, addMonths(month, k), seed)) {
      if (a.lastDay >= dateInMonth(month, 1) && a.admitted.slice(0, 7) <= month) out.push(a);
    }
  }
  // Overlapping stays cannot both be real: keep the earliest.
  out.sort((a, b) => (a.admitted < b.admitted ? -1 : 1));
  return out.filter((a, i) => i === 0 || a.admitted > out[i - 1]!.lastDay);
}

/** The outpatient scenario of a visit after a stay: the stay's diagnoses, its blood tests, nothing prescribed. */
const FOLLOW_UPS = new Map<string, Scenario>();
function followUpScenario(s: InpatientScenario): Scenario {
  let f = FOLLOW_UPS.get(s.id);
  if (!f) {
    f = {
      id: `${s.id}-follow-up`, label: `${s.label}の退院後外来`, kind: 'acute', departments: ['hospital'], diagnoses: s.diagnoses,
      rate: () => 0, visits: [1, 1], rxDays: [0], rx: [], tests: [{ codes: s.tests.codes, probability: 1 }],
    };
    FOLLOW_UPS.set(s.id, f);
  }
  return f;
}

/**
 * A visit to the hospital's outpatient department one to two weeks after a discharge in the month
 * (a 再診 with the stay's blood tests): the same patient then has an inpatient and an outpatient
 * claim at one provider, which the 横覧 rules read together (判断料 once a month).
 */
export function followUpCases(person: Person, admissions: readonly Admission[], month: YearMonth, seed: number): CareCase[] {
  const out: CareCase[] = [];
  const n = monthDays(month);
  for (const a of admissions) {
    if (a.died || a.lastDay.slice(0, 7) !== month) continue;
    const rng = new Rng(seed, SALT.visits, person.no, monthIndex(month), dayNumber(a.admitted));
    if (!rng.chance(0.75)) continue;
    const discharged = Number(a.lastDay.slice(8));
    const day = openDay(month, discharged + rng.range(7, 14));
    if (day <= discharged || day > n) continue;
    out.push({
      scenario: followUpScenario(a.scenario), provider: a.provider, start: a.admitted, days: [day], rxDays: 0, chronic: false, side: a.side,
      // 転帰 as the stay's claim gives it at discharge (inpatient-claim.ts).
      cured: curedAtDischarge(a.scenario), startsThisMonth: false,
    });
  }
  return out;
}

export function monthIndexOf(m: YearMonth): number {
  return monthIndex(m);
}
