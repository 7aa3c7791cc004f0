/**
 * Dental care of a month: regular periodontal maintenance every three months for a share of
 * adults, and caries episodes of two or three visits. Pure in (seed, person, month) like the
 * medical care plan.
 */
import { ageOn, type YearMonth } from '@kokuho/core/common';
import { Rng } from '../random/rng.ts';
import { SALT } from '../random/salts.ts';
import { dateInMonth, monthDays, weekday } from '../population/calendar.ts';
import type { Person } from '../population/population-types.ts';
import type { SynthProvider } from '../providers/provider-types.ts';
import { monthIndexOf } from './care-plan.ts';

export interface DentalVisitPlan {
  kind: 'caries' | 'periodontitis';
  clinic: SynthProvider;
  days: number[];
  /** First visit of a caries episode this month. */
  episodeStart: number | undefined;
}

function openDay(month: YearMonth, d: number): number {
  const n = monthDays(month);
  let x = Math.min(Math.max(d, 1), n);
  if (weekday(dateInMonth(month, x)) === 0) x = x < n ? x + 1 : x - 1;
  return x;
}

export function dentalPlan(person: Person, providers: readonly SynthProvider[], month: YearMonth, seed: number): DentalVisitPlan[] {
  const clinics = providers.filter((p) => p.kind === 'dental');
  if (!clinics.length) return [];
  const base = new Rng(seed, SALT.dental, person.no);
  const clinic = clinics[base.int(clinics.length)]!;
  const age = ageOn(person.birthDate, dateInMonth(month, 1));
  if (age < 3) return [];
  const out: DentalVisitPlan[] = [];
  const regular = age >= 20 && base.chance(age >= 65 ? 0.45 : 0.35);
  const phase = base.int(3);
  if (regular && (monthIndexOf(month) + phase) % 3 === 0) {
    out.push({ kind: 'periodontitis', clinic, days: [openDay(month, base.range(2, 27))], episodeStart: undefined });
  }
  const rng = new Rng(seed, SALT.dental, person.no, monthIndexOf(month));
  if (rng.chance(age < 15 ? 0.06 : 0.04)) {
    const first = openDay(month, rng.range(1, monthDays(month) - 7));
    const days = [first];
    for (let i = 0, n = rng.range(1, 2); i < n; i++) {
      const d = openDay(month, days[days.length - 1]! + 7);
      if (d > days[days.length - 1]! && d <= monthDays(month)) days.push(d);
    }
    out.push({ kind: 'caries', clinic, days, episodeStart: first });
  }
  return out;
}
