/**
 * Every insurer the synthetic population is insured by: the prefecture's 市町村国保 and 後期 numbers,
 * its 国保組合 (third digit 3), and the neighbouring prefectures' municipal and 後期 insurers whose
 * insured are treated here (全国決済). Shapes follow the registry types of @kokuho/core/registry.
 */
import { PREFECTURES, type PrefectureCode } from '@kokuho/core/common';
import { checkDigitOf, type InsurerKind } from '@kokuho/core/registry';
import { municipalitiesOf, outsideMunicipalities, prefectureShortName, type Municipality } from './municipalities.ts';

export interface SynthInsurer {
  number: string;
  kind: InsurerKind;
  lawNumber: '39' | undefined;
  prefecture: PrefectureCode;
  name: string;
  /** In the federation's own prefecture (false: settled nationally). */
  inFederation: boolean;
  /** Municipality serial for 市町村国保 / 後期 numbers; '' for unions. */
  municipalitySerial: string;
}

const UNION_TRADES = ['医師', '歯科医師', '薬剤師', '建設', '土木建築', '食品販売', '料理飲食業', '理容美容', '芸能文化', '弁護士'] as const;

export interface InsurerCatalog {
  municipalities: Municipality[];
  outside: Municipality[];
  unions: SynthInsurer[];
  /** Every insurer, sorted by number. */
  all: SynthInsurer[];
  byNumber: Map<string, SynthInsurer>;
}

function unionNumber(prefecture: string, i: number): string {
  const body = `${prefecture}3${String(i + 1).padStart(2, '0')}`;
  return `${body}${checkDigitOf(body)}`;
}

export function buildInsurerCatalog(prefecture: PrefectureCode, seed: number): InsurerCatalog {
  const municipalities = municipalitiesOf(prefecture, seed);
  const outside = outsideMunicipalities(prefecture, seed);
  const prefName = prefectureShortName(prefecture);
  const unions: SynthInsurer[] = UNION_TRADES.map((trade, i) => ({
    number: unionNumber(prefecture, i),
    kind: 'nhiUnion',
    lawNumber: undefined,
    prefecture,
    name: `${prefName}${trade}国民健康保険組合`,
    inFederation: true,
    municipalitySerial: '',
  }));
  const all: SynthInsurer[] = [...unions];
  for (const m of [...municipalities, ...outside]) {
    const inFederation = m.prefecture === prefecture;
    all.push({
      number: m.nhiNumber, kind: 'municipal', lawNumber: undefined, prefecture: m.prefecture,
      name: `${inFederation ? "" : PREFECTURES[m.prefecture]}${m.name}国民健康保険`, inFederation, municipalitySerial: m.serial,
    });
    all.push({
      number: m.lateElderlyNumber, kind: 'lateElderly', lawNumber: '39', prefecture: m.prefecture,
      name: `${PREFECTURES[m.prefecture]}後期高齢者医療広域連合（${m.name}）`, inFederation, municipalitySerial: m.serial,
    });
  }
  all.sort((a, b) => (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
  return { municipalities, outside, unions, all, byNumber: new Map(all.map((i) => [i.number, i])) };
}
