/**
 * The providers of a district, a pure function of (seed, district): internal-medicine clinics,
 * one clinic of each other department, a hospital, pharmacies and dental clinics. 医療機関コード
 * are unique by construction (district × 32 + slot) and carry a valid 検証番号 over
 * prefecture + 点数表 + the six digits (registry/provider-code.ts).
 */
import type { PrefectureCode } from '@kokuho/core/common';
import { checkDigitOf } from '@kokuho/core/registry';
import { Rng } from '../random/rng.ts';
import { SALT } from '../random/salts.ts';
import { FAMILY_NAMES } from '../names/family-names.ts';
import { PROVIDER_PLACE_WORDS } from '../names/place-names.ts';
import type { Department } from '../clinical/scenario-types.ts';
import type { InsurerCatalog } from '../population/insurer-catalog.ts';
import { districtMunicipality } from '../population/household.ts';
import type { SynthProvider } from './provider-types.ts';

const SLOTS_PER_DISTRICT = 32;
const PHARMACY_BRANDS = ['さくら', 'あおば', 'ひまわり', 'たんぽぽ', 'すずらん', 'つばさ', 'みどり', 'ふたば'] as const;
const AREA_CODES: Readonly<Record<string, string>> = { '13': '03', '27': '06', '23': '052', '14': '045', '01': '011', '40': '092' };

export function providerCode(prefecture: string, feeTable: string, district: number, slot: number): string {
  const six = String(district * SLOTS_PER_DISTRICT + slot).padStart(6, '0');
  return `${six}${checkDigitOf(`${prefecture}${feeTable}${six}`)}`;
}

function placeOf(municipalityName: string): string {
  return municipalityName.replace(/[市区町村]$/u, '');
}

export function districtProviders(world: InsurerCatalog, prefecture: PrefectureCode, seed: number, district: number): SynthProvider[] {
  const rng = new Rng(seed, SALT.provider, district);
  const muni = districtMunicipality(world, seed, district);
  const place = placeOf(muni.name);
  const out: SynthProvider[] = [];
  const area = AREA_CODES[prefecture] ?? `0${Number(prefecture) + 10}`;
  const surname = (): string => FAMILY_NAMES[rng.int(60)]![0];
  const add = (kind: SynthProvider['kind'], departments: Department[], feeTable: SynthProvider['feeTable'], name: string, beds?: number, inHouse = false): void => {
    const slot = out.length;
    const code = providerCode(prefecture, feeTable, district, slot);
    const tail = String(rng.int(10000)).padStart(4, '0');
    out.push({
      district, slot, kind, departments, feeTable, prefecture, code, nationalCode: `${prefecture}${feeTable}${code}`,
      name, beds, inHouseDispensing: inHouse, phone: `${area}-${String(1000 + rng.int(9000))}-${tail}`.slice(0, 15),
      municipalityName: muni.name, formulary: rng.u32(),
    });
  };

  const internal = rng.range(3, 5);
  for (let i = 0; i < internal; i++) {
    const s = surname();
    const name = rng.pickWeighted([
      [`${s}内科クリニック`, 3], [`${s}医院`, 2], [`${place}${rng.pick(PROVIDER_PLACE_WORDS)}内科`, 2], [`医療法人社団${s}会${s}内科`, 1],
    ] as const);
    add('clinic', ['internal'], '1', name, undefined, rng.chance(0.2));
  }
  add('clinic', ['pediatrics'], '1', `${surname()}小児科`, undefined, rng.chance(0.15));
  add('clinic', ['orthopedics'], '1', `${surname()}整形外科`, undefined, rng.chance(0.2));
  add('clinic', ['ophthalmology'], '1', `${surname()}眼科`);
  add('clinic', ['ent'], '1', `${surname()}耳鼻咽喉科`);
  add('clinic', ['dermatology'], '1', `${surname()}皮膚科クリニック`);
  add('clinic', ['psychiatry'], '1', `${place}こころのクリニック`);
  // Under 200 beds: larger hospitals bill 外来診療料, which bundles the basic tests the scenarios bill.
  const beds = rng.pick([60, 80, 99, 120, 150, 180, 199]);
  add('hospital', ['hospital', 'internal', 'orthopedics', 'ophthalmology'], '1',
    rng.chance(0.5) ? `${place}中央病院` : `医療法人${surname()}会${place}病院`, beds);
  const pharmacies = rng.range(4, 6);
  for (let i = 0; i < pharmacies; i++) {
    const w = rng.pick(PROVIDER_PLACE_WORDS);
    add('pharmacy', [], '4', rng.chance(0.5) ? `${rng.pick(PHARMACY_BRANDS)}薬局${place}${w}店` : `${place}${w}薬局`);
  }
  const dental = rng.range(3, 4);
  for (let i = 0; i < dental; i++) add('dental', [], '3', `${surname()}歯科医院`);
  return out;
}

/** The district's providers that treat a department (clinics first, then the hospital). */
export function providersFor(list: readonly SynthProvider[], dept: Department): SynthProvider[] {
  return list.filter((p) => (p.kind === 'clinic' || p.kind === 'hospital') && p.departments.includes(dept));
}
