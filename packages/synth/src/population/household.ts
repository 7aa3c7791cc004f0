/**
 * Households of the prefecture, each a pure function of (seed, household number): composition,
 * ages, names, insurer type, income, and at most one household and one personal life event per
 * member inside the event window. Ages are anchored to REFERENCE_DATE, not to the service month, so
 * the same person appears with the same birth date in every month generated with the seed.
 */
import type { IsoDate } from '@kokuho/core/common';
import { Rng } from '../random/rng.ts';
import { SALT } from '../random/salts.ts';
import { FAMILY_NAMES } from '../names/family-names.ts';
import { FOREIGN_NAMES, givenNamesFor } from '../names/given-names.ts';
import { dayNumber, fromDayNumber } from './calendar.ts';
import type { InsurerCatalog } from './insurer-catalog.ts';
import type { Municipality } from './municipalities.ts';
import type { Household, HouseholdEvent, HouseholdType, Person, PersonEvent, Relation, SexCode } from './population-types.ts';

export const REFERENCE_DATE = '2025-01-01';
/** Life events fall inside this window, which covers every month the shared masters can price. */
export const EVENT_WINDOW: readonly [IsoDate, IsoDate] = ['2024-01-01', '2026-12-31'];
export const HOUSEHOLDS_PER_DISTRICT = 2000;

/**
 * Household types with weights for a 国保/後期 population (single elderly and retired couples
 * dominate; working families are a minority in 国保).
 */
const TYPES: readonly (readonly [HouseholdType, number])[] = [
  ['elderlySingle', 22], ['elderlyCouple', 13], ['seniorSingle', 12], ['seniorCouple', 9],
  ['workingSingle', 21], ['family', 11], ['multiGeneration', 9], ['welfare', 3],
];

interface Sketch {
  relation: Relation;
  age: number;
  sex: SexCode;
}

function sketchMembers(type: HouseholdType, rng: Rng): Sketch[] {
  const other = (s: SexCode): SexCode => (s === '1' ? '2' : '1');
  const s0: SexCode = rng.chance(0.5) ? '1' : '2';
  switch (type) {
    case 'elderlySingle':
      return [{ relation: 'householder', age: Math.round(rng.normal(83, 6, 75, 102)), sex: rng.chance(0.68) ? '2' : '1' }];
    case 'elderlyCouple': {
      const a = Math.round(rng.normal(78, 5, 68, 96));
      return [
        { relation: 'householder', age: a, sex: '1' },
        { relation: 'spouse', age: Math.max(62, a - rng.range(0, 6)), sex: '2' },
      ];
    }
    case 'seniorSingle':
      return [{ relation: 'householder', age: rng.range(62, 74), sex: s0 }];
    case 'seniorCouple': {
      const a = rng.range(60, 74);
      return [
        { relation: 'householder', age: a, sex: '1' },
        { relation: 'spouse', age: Math.max(55, a - rng.range(0, 5)), sex: '2' },
      ];
    }
    case 'workingSingle':
      return [{ relation: 'householder', age: rng.range(19, 64), sex: s0 }];
    case 'family': {
      const a = rng.range(28, 58);
      const kids = rng.pickWeighted([[0, 2], [1, 4], [2, 4], [3, 1]] as const);
      const out: Sketch[] = [
        { relation: 'householder', age: a, sex: '1' },
        { relation: 'spouse', age: Math.max(22, a - rng.range(-2, 5)), sex: '2' },
      ];
      for (let k = 0; k < kids; k++) {
        out.push({ relation: 'child', age: Math.max(0, Math.min(a - 22, rng.range(0, 20))), sex: rng.chance(0.51) ? '1' : '2' });
      }
      return out;
    }
    case 'multiGeneration': {
      const a = rng.range(45, 68);
      const out: Sketch[] = [
        { relation: 'householder', age: a, sex: '1' },
        { relation: 'spouse', age: Math.max(40, a - rng.range(0, 5)), sex: '2' },
        { relation: 'parent', age: Math.max(a + 22, rng.range(76, 98)), sex: rng.chance(0.7) ? '2' : '1' },
      ];
      if (rng.chance(0.35)) out.push({ relation: 'child', age: rng.range(15, 28), sex: other(s0) });
      return out;
    }
    case 'welfare':
      return [{ relation: 'householder', age: rng.range(45, 90), sex: s0 }];
  }
}

function birthDateFor(age: number, rng: Rng): IsoDate {
  // Born between (age+1) years and age years before the reference date.
  const ref = dayNumber(REFERENCE_DATE);
  return fromDayNumber(ref - age * 365.25 - 1 - rng.int(365));
}

function windowDate(rng: Rng): IsoDate {
  const a = dayNumber(EVENT_WINDOW[0]), b = dayNumber(EVENT_WINDOW[1]);
  return fromDayNumber(a + rng.int(b - a + 1));
}

function householdEvent(type: HouseholdType, home: Municipality, world: InsurerCatalog, outside: boolean, rng: Rng): HouseholdEvent | undefined {
  if (type === 'welfare') return undefined;
  const x = rng.float();
  // Over the three-year window: ~4% move inside the prefecture, ~3% leave it, ~0.8% go on welfare.
  if (x < 0.04 && !outside && world.municipalities.length > 1) {
    let to = world.municipalities[rng.int(world.municipalities.length)]!;
    if (to.serial === home.serial) to = world.municipalities[(world.municipalities.indexOf(to) + 1) % world.municipalities.length]!;
    return { kind: 'moveWithin', date: windowDate(rng), to };
  }
  if (x < 0.07 && world.outside.length && !outside) return { kind: 'moveOut', date: windowDate(rng), to: world.outside[rng.int(world.outside.length)]! };
  if (x < 0.078) return { kind: 'welfareStart', date: windowDate(rng) };
  return undefined;
}

function personEvent(age: number, relation: Relation, rng: Rng): PersonEvent | undefined {
  const x = rng.float();
  // Three-year probabilities by age: mortality rises steeply after 75; job changes are for the working-age.
  const death = age >= 90 ? 0.45 : age >= 85 ? 0.3 : age >= 75 ? 0.1 : age >= 65 ? 0.035 : 0.004;
  if (x < death) return { kind: 'death', date: windowDate(rng) };
  let p = death;
  if (age >= 20 && age < 60 && relation !== 'child') {
    if (x < (p += 0.09)) return { kind: 'joinEmployee', date: windowDate(rng) };
    if (x < (p += 0.09)) return { kind: 'leaveEmployee', date: windowDate(rng) };
  }
  if (x < (p += 0.06)) {
    const reason = rng.pickWeighted([['householderChange', 2], ['nameChange', 1], ['cardReissue', 3]] as const);
    return { kind: 'cardChange', date: windowDate(rng), reason };
  }
  return undefined;
}

function weightedMunicipality(list: readonly Municipality[], rng: Rng): Municipality {
  return list[rng.weighted(list.map((m) => m.weight))]!;
}

/** The district's home municipality: districts are spread over municipalities by population. */
export function districtMunicipality(world: InsurerCatalog, seed: number, district: number): Municipality {
  return weightedMunicipality(world.municipalities, new Rng(seed, SALT.district, district));
}

export function householdAt(world: InsurerCatalog, seed: number, no: number): Household {
  const rng = new Rng(seed, SALT.household, no);
  const district = Math.floor(no / HOUSEHOLDS_PER_DISTRICT);
  const type = TYPES[rng.weighted(TYPES.map((t) => t[1]))]![0];
  // Commuters and visitors insured in a neighbouring prefecture (全国決済).
  const outOfPrefecture = type !== 'welfare' && world.outside.length > 0 && rng.chance(0.04);
  const municipality = outOfPrefecture
    ? world.outside[rng.int(world.outside.length)]!
    : rng.chance(0.85) ? districtMunicipality(world, seed, district) : weightedMunicipality(world.municipalities, rng);
  const working = type === 'workingSingle' || type === 'family' || type === 'multiGeneration';
  const union = working && !outOfPrefecture && rng.chance(0.12) ? world.unions[rng.int(world.unions.length)] : undefined;
  const income = rng.float();
  const event = householdEvent(type, municipality, world, outOfPrefecture, rng);
  const household: Household = {
    no, id: `H${String(no).padStart(9, '0')}`, district, type, municipality, outOfPrefecture, union, income,
    welfare: type === 'welfare', event, members: [],
  };

  const latin = !outOfPrefecture && (type === 'workingSingle' || type === 'family') && rng.chance(0.06);
  const foreign = latin ? FOREIGN_NAMES[rng.int(FOREIGN_NAMES.length)]! : undefined;
  const [familyName, familyKana] = foreign ? foreign.family : FAMILY_NAMES[Math.min(FAMILY_NAMES.length - 1, Math.floor(rng.float() ** 1.6 * FAMILY_NAMES.length))]!;
  const sketches = sketchMembers(type, rng);
  // A family expecting a child inside the window: the baby is a member from its birth date.
  const expecting = type === 'family' && sketches[1]!.age <= 42 && rng.chance(0.08);
  sketches.forEach((s, member) => {
    const prng = new Rng(seed, SALT.person, no, member);
    const birthDate = birthDateFor(s.age, prng);
    let given: readonly [string, string];
    if (foreign) {
      const g = foreign.given.filter((x) => x[2] === s.sex);
      const pick = g.length ? g[prng.int(g.length)]! : foreign.given[0]!;
      given = [pick[0], pick[1]];
    } else {
      const names = givenNamesFor(s.sex, Number(birthDate.slice(0, 4)));
      given = names[prng.int(names.length)]!;
    }
    const ev = personEvent(s.age, s.relation, prng);
    // A householder's widowed mother often kept her own family name (the householder married in).
    const [fn, fk] = s.relation === 'parent' && !foreign && prng.chance(0.3) ? FAMILY_NAMES[prng.int(FAMILY_NAMES.length)]! : [familyName, familyKana];
    household.members.push({
      no: no * 10 + member, id: `P${String(no * 10 + member).padStart(10, '0')}`, household, member, relation: s.relation,
      familyName: fn, givenName: given[0], familyKana: fk, givenKana: given[1], latinName: !!foreign, sex: s.sex, birthDate,
      disabilityCertified: s.age >= 65 && s.age < 75 && prng.chance(0.02),
      event: ev,
    });
  });
  if (expecting) {
    const prng = new Rng(seed, SALT.person, no, sketches.length);
    const date = windowDate(prng);
    const sex: SexCode = prng.chance(0.51) ? '1' : '2';
    const names = foreign ? foreign.given.filter((x) => x[2] === sex).map((x) => [x[0], x[1]] as const) : givenNamesFor(sex, Number(date.slice(0, 4)));
    const g = names.length ? names[prng.int(names.length)]! : (foreign ? [foreign.given[0]![0], foreign.given[0]![1]] as const : givenNamesFor(sex, 2024)[0]!);
    const member = sketches.length;
    household.members.push({
      no: no * 10 + member, id: `P${String(no * 10 + member).padStart(10, '0')}`, household, member, relation: 'child',
      familyName, givenName: g[0], familyKana, givenKana: g[1], latinName: !!foreign, sex, birthDate: date,
      disabilityCertified: false, event: { kind: 'birth', date },
    });
  }
  return household;
}

