/**
 * Municipalities and the insurers they imply: a 市町村国保 (6 digits) and, inside the prefecture's
 * 後期高齢者医療広域連合, a 後期 number (8 digits, 39 + prefecture + the same 3-digit serial).
 * Serials never start with 3: a third digit 3 marks a 国保組合 (system-map.md).
 */
import { PREFECTURES, type PrefectureCode } from '@kokuho/core/common';
import { checkDigitOf } from '@kokuho/core/registry';
import { Rng } from '../random/rng.ts';
import { SALT } from '../random/salts.ts';
import { PLACE_HEADS, PLACE_TAILS } from '../names/place-names.ts';
import { NEIGHBOURS, TOKYO_MUNICIPALITIES } from './municipality-lists.ts';

export interface Municipality {
  prefecture: PrefectureCode;
  /** 3-digit 保険者別番号 shared by the 市町村国保 and the municipality's 後期 number. */
  serial: string;
  /** Name without the prefecture: '世田谷区'. */
  name: string;
  weight: number;
  /** 市町村国保 保険者番号 (6 digits). */
  nhiNumber: string;
  /** 後期高齢者医療 保険者番号 (8 digits). */
  lateElderlyNumber: string;
}

export function nhiInsurerNumber(prefecture: string, serial: string): string {
  const body = `${prefecture}${serial}`;
  return `${body}${checkDigitOf(body)}`;
}

export function lateElderlyInsurerNumber(prefecture: string, serial: string): string {
  const body = `39${prefecture}${serial}`;
  return `${body}${checkDigitOf(body)}`;
}

function makeMunicipality(prefecture: PrefectureCode, serial: string, name: string, weight: number): Municipality {
  return { prefecture, serial, name, weight, nhiNumber: nhiInsurerNumber(prefecture, serial), lateElderlyNumber: lateElderlyInsurerNumber(prefecture, serial) };
}

/** Serial for the i-th municipality: 1xx wards/cities, 2xx, then 4xx… (never 3xx). */
function serialAt(i: number): string {
  const block = Math.floor(i / 99);
  const hundreds = [1, 2, 4, 5, 6, 7, 8, 9][block] ?? 9;
  return `${hundreds}${String((i % 99) + 1).padStart(2, '0')}`;
}

/** The municipalities of a prefecture: Tokyo's real list, elsewhere 20–40 generated names. */
export function municipalitiesOf(prefecture: PrefectureCode, seed: number): Municipality[] {
  if (prefecture === '13') return TOKYO_MUNICIPALITIES.map(([name, w], i) => makeMunicipality(prefecture, serialAt(i), name, w));
  const rng = new Rng(seed, SALT.insurer, Number(prefecture));
  const count = rng.range(20, 40);
  const used = new Set<string>();
  const out: Municipality[] = [];
  for (let i = 0; out.length < count; i++) {
    const head = rng.pick(PLACE_HEADS), tail = rng.pick(PLACE_TAILS);
    const kind = out.length < count * 0.4 ? '市' : out.length < count * 0.85 ? '町' : '村';
    const name = `${head}${tail}${kind}`;
    if (used.has(`${head}${tail}`)) continue;
    used.add(`${head}${tail}`);
    const weight = kind === '市' ? rng.range(50, 400) : kind === '町' ? rng.range(8, 40) : rng.range(1, 6);
    out.push(makeMunicipality(prefecture, serialAt(out.length), name, weight));
  }
  return out;
}

/** Prefectures whose insured come to this prefecture's providers (commuters, visitors). */
export function neighbourPrefectures(prefecture: PrefectureCode): PrefectureCode[] {
  const listed = NEIGHBOURS[prefecture];
  if (listed) return listed as PrefectureCode[];
  const n = Number(prefecture);
  return [n - 1, n + 1, n - 2, n + 2]
    .filter((x) => x >= 1 && x <= 47)
    .map((x) => String(x).padStart(2, '0') as PrefectureCode);
}

/** A few municipalities in each neighbouring prefecture, for insured persons from outside. */
export function outsideMunicipalities(prefecture: PrefectureCode, seed: number): Municipality[] {
  const out: Municipality[] = [];
  for (const p of neighbourPrefectures(prefecture)) {
    const all = municipalitiesOf(p, seed);
    // The biggest ones: that is where commuters live.
    const top = [...all].sort((a, b) => b.weight - a.weight || (a.serial < b.serial ? -1 : 1)).slice(0, 6);
    out.push(...top);
  }
  return out;
}

export function prefectureShortName(p: PrefectureCode): string {
  const n = PREFECTURES[p];
  return n === '北海道' ? n : n.slice(0, -1);
}
