/**
 * Eligibility of a person as coverage periods (資格), in the registry's model: one period per insurer
 * and card, acquiredOn = first covered day, lostOn = first day not covered. Derived from the
 * person, the household's and the person's life events and the 75th birthday, so any month of the
 * window gives the same history.
 */
import type { IsoDate, YearMonth } from '@kokuho/core/common';
import type { AcquireReason, LoseReason } from '@kokuho/core/registry';
import { Rng } from '../random/rng.ts';
import { SALT } from '../random/salts.ts';
import { addDays, addYears, dayNumber, fromDayNumber, monthEnd, monthStart } from './calendar.ts';
import { EVENT_WINDOW } from './household.ts';
import type { InsurerCatalog, SynthInsurer } from './insurer-catalog.ts';
import type { Municipality } from './municipalities.ts';
import type { Person } from './population-types.ts';

export interface Coverage {
  insurer: SynthInsurer;
  /** 記号 ('' for 後期, whose card has only the 被保険者番号). */
  symbol: string;
  number: string;
  /** 枝番 ('' for 後期). */
  branch: string;
  acquiredOn: IsoDate;
  lostOn: IsoDate | undefined;
  acquireReason: AcquireReason;
  loseReason: LoseReason | undefined;
  /** This period began with a card change (変更) rather than an acquisition (取得). */
  startedByChange: boolean;
  changeReason: string | undefined;
}

/** The start of the 後期高齢者医療 system: nobody has a 後期 period before it. */
const LATE_ELDERLY_START = '2008-04-01';

function lateElderlyFrom(p: Person): IsoDate {
  if (p.disabilityCertified) {
    const d = addYears(p.birthDate, 65);
    return d > LATE_ELDERLY_START ? d : LATE_ELDERLY_START;
  }
  const d = addYears(p.birthDate, 75);
  return d > LATE_ELDERLY_START ? d : LATE_ELDERLY_START;
}

function cardFor(p: Person, insurer: SynthInsurer, generation: number): Pick<Coverage, 'symbol' | 'number' | 'branch'> {
  if (insurer.kind === 'lateElderly') return { symbol: '', number: String(p.no % 100_000_000).padStart(8, '0'), branch: '' };
  const h = p.household;
  // 記号 is per insurer and issue; 番号 per household (unique: the global household number); 枝番 per member.
  const symbolSeed = new Rng(h.no, Number(insurer.number), generation).int(9000) + 1000;
  return { symbol: String(symbolSeed), number: String(h.no % 10_000_000).padStart(7, '0'), branch: String(p.member + 1).padStart(2, '0') };
}

function insurerFor(world: InsurerCatalog, p: Person, municipality: Municipality, day: IsoDate, union: boolean): SynthInsurer {
  const late = day >= lateElderlyFrom(p);
  const number = late ? municipality.lateElderlyNumber : union && p.household.union ? p.household.union.number : municipality.nhiNumber;
  return world.byNumber.get(number)!;
}

/** When a person already covered at the start of the window was first covered. */
function originalAcquisition(p: Person, insurer: SynthInsurer, seed: number): { on: IsoDate; reason: AcquireReason } {
  if (insurer.kind === 'lateElderly') {
    return { on: lateElderlyFrom(p), reason: p.disabilityCertified ? 'disabilityCertified' : 'ageReached' };
  }
  const rng = new Rng(seed, SALT.lifeEvent, p.no, 7);
  const birth = dayNumber(p.birthDate);
  const windowStart = dayNumber(EVENT_WINDOW[0]);
  if ((p.relation === 'child' && rng.chance(0.7)) || birth >= windowStart - 30) return { on: p.birthDate, reason: 'birth' };
  // A family joins together: members under the same 国保 as the householder share the date.
  const head = p.household.members[0]!;
  if (p !== head && head.relation === 'householder' && addYears(head.birthDate, 75) > EVENT_WINDOW[0]) {
    const h = originalAcquisition(head, insurer, seed);
    if (h.on >= p.birthDate && h.reason !== 'birth') return h;
  }
  // Adults joined when they left an employer, retired or moved in: a day between 18 and the window.
  const earliest = Math.max(birth + 18 * 365, windowStart - 25 * 365);
  const on = earliest >= windowStart ? fromDayNumber(windowStart - 30) : fromDayNumber(earliest + rng.int(windowStart - earliest));
  return { on, reason: rng.chance(0.6) ? 'leftEmployeeInsurance' : 'moveIn' };
}

/** Every coverage period of the person in the event window (and the one open before it). */
export function coverageOf(world: InsurerCatalog, seed: number, p: Person): Coverage[] {
  const h = p.household;
  if (h.welfare) return [];
  const ev = p.event;
  const hev = h.event;
  let municipality = h.municipality;
  let union = !!h.union;
  let generation = 0;

  let start: IsoDate;
  let reason: AcquireReason;
  if (ev?.kind === 'birth') [start, reason] = [ev.date, 'birth'];
  else if (ev?.kind === 'leaveEmployee') [start, reason] = [ev.date, 'leftEmployeeInsurance'];
  else {
    const first = insurerFor(world, p, municipality, EVENT_WINDOW[0], union);
    const o = originalAcquisition(p, first, seed);
    [start, reason] = [o.on, o.reason];
  }

  type Step = { date: IsoDate; kind: 'turn' | 'move' | 'moveOut' | 'end' | 'card'; lose?: LoseReason; change?: string };
  const steps: Step[] = [];
  const turn = lateElderlyFrom(p);
  if (turn > start && turn <= EVENT_WINDOW[1]) steps.push({ date: turn, kind: 'turn' });
  if (hev && hev.date > start) {
    if (hev.kind === 'moveWithin') steps.push({ date: hev.date, kind: 'move' });
    else if (hev.kind === 'moveOut') steps.push({ date: hev.date, kind: 'moveOut' });
    else steps.push({ date: hev.date, kind: 'end', lose: 'welfareStarted' });
  }
  if (ev && ev.date > start) {
    if (ev.kind === 'death') steps.push({ date: addDays(ev.date, 1), kind: 'end', lose: 'death' });
    else if (ev.kind === 'joinEmployee') steps.push({ date: ev.date, kind: 'end', lose: 'joinedEmployeeInsurance' });
    else if (ev.kind === 'cardChange') steps.push({ date: ev.date, kind: 'card', change: ev.reason });
  }
  steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const out: Coverage[] = [];
  let insurer = insurerFor(world, p, municipality, start, union);
  let current: Coverage = { insurer, ...cardFor(p, insurer, generation), acquiredOn: start, lostOn: undefined, acquireReason: reason, loseReason: undefined, startedByChange: false, changeReason: undefined };
  for (const s of steps) {
    if (s.kind === 'end') {
      current.lostOn = s.date;
      current.loseReason = s.lose;
      out.push(current);
      return out;
    }
    let lose: LoseReason = 'other', acquire: AcquireReason = 'other';
    let change: string | undefined;
    if (s.kind === 'turn') [lose, acquire] = ['lateElderlyTransition', 'ageReached'];
    else if (s.kind === 'move' && hev && hev.kind !== 'welfareStart') {
      municipality = hev.to;
      [lose, acquire] = ['moveWithinPrefecture', 'moveWithinPrefecture'];
      if (union && insurer.kind === 'nhiUnion') continue; // a union member keeps the union within the prefecture
    } else if (s.kind === 'moveOut' && hev && hev.kind !== 'welfareStart') {
      municipality = hev.to;
      union = false;
      [lose, acquire] = ['moveOut', 'moveIn'];
    } else if (s.kind === 'card') {
      if (insurer.kind === 'lateElderly') continue; // the 後期 number stays; only 国保 cards carry 記号
      generation++;
      change = s.change;
    }
    const next = insurerFor(world, p, municipality, s.date, union);
    if (s.kind === 'turn' && next.number === insurer.number) continue;
    current.lostOn = s.date;
    current.loseReason = lose;
    out.push(current);
    insurer = next;
    current = {
      insurer, ...cardFor(p, insurer, generation), acquiredOn: s.date, lostOn: undefined, acquireReason: acquire,
      loseReason: undefined, startedByChange: s.kind === 'card', changeReason: change,
    };
  }
  out.push(current);
  return out;
}

/** Periods overlapping the month. */
export function coverageInMonth(all: readonly Coverage[], month: YearMonth): Coverage[] {
  const a = monthStart(month), b = monthEnd(month);
  return all.filter((c) => c.acquiredOn <= b && (c.lostOn === undefined || c.lostOn > a));
}

/** The period covering a day, if any. */
export function coverageOn(all: readonly Coverage[], day: IsoDate): Coverage | undefined {
  return all.find((c) => c.acquiredOn <= day && (c.lostOn === undefined || day < c.lostOn));
}
