/**
 * One 歯科 claim, in the structure of the 歯科 layouts of @kokuho/core/uke (uke-format.md §6.1:
 * UK file header, IR before each claim, RE, HO/KO, SN, HS 傷病名部位, SS 歯科診療行為, GO).
 *
 * 歯科診療行為 codes: the 歯科 master is not among the shared masters; the codes are placeholders of
 * the right shape (3 + 8 digits), not verified. Points are the 令和6年 values. 傷病名 codes are real.
 */
import { isoToCompact, type IsoDate, type YearMonth } from '@kokuho/core/common';
import type { UkeGenericClaim, UkeGenericRecord } from '@kokuho/core/uke';
import type { Person } from '../population/population-types.ts';
import type { SynthProvider } from '../providers/provider-types.ts';
import { claimName } from './claim-parts.ts';
import { copayTenths } from '../population/benefit.ts';
import { incomeNotes } from './income-notes.ts';
import { receiptTypeOf, type Payer } from './payer.ts';

export const DENTAL_FEE = {
  firstVisit: { code: '301000110', points: 267, category: '11' }, // 歯科初診料
  revisit: { code: '301001610', points: 58, category: '12' }, // 歯科再診料
  management: { code: '302000110', points: 100, category: '13' }, // 歯科疾患管理料
  periodontalExam: { code: '303000110', points: 200, category: '31' }, // 歯周基本検査（２０歯以上）
  scaling: { code: '309000110', points: 72, category: '40' }, // スケーリング（３分の１顎）
  supportiveTherapy: { code: '309000210', points: 350, category: '40' }, // 歯周病安定期治療（２０歯以上）
  cariesTreatment: { code: '309000310', points: 18, category: '40' }, // う蝕処置
  filling: { code: '313000110', points: 106, category: '50' }, // 充填１（単純なもの）
  panorama: { code: '302000210', points: 402, category: '60' }, // 歯科パノラマ断層撮影（診断・撮影）
} as const;

export interface DentalCase {
  kind: 'caries' | 'periodontitis';
  start: IsoDate;
  days: number[];
  newPatient: boolean;
}

const DIAGNOSIS = { caries: '8843836', periodontitis: '5234016' } as const;
const rec = (id: string, raw: string[]): UkeGenericRecord => ({ id, line: 0, raw: [id, ...raw] });

export function dentalHeader(p: SynthProvider, billingMonth: YearMonth): UkeGenericRecord {
  return rec('UK', ['2', p.prefecture, '3', p.code, '', p.name, isoToCompact(billingMonth), '', '00']);
}

function ss(category: string, burden: string, code: string, points: number, days: number[]): UkeGenericRecord {
  const n = days.reduce((a, b) => a + b, 0);
  return rec('SS', [category, burden, code, '', '', ...new Array<string>(70).fill(''), String(points), String(n), ...days.map((x) => (x ? String(x) : ''))]);
}

export function buildDentalClaim(person: Person, clinic: SynthProvider, month: YearMonth, c: DentalCase, payer: Payer): UkeGenericClaim {
  const burden = payer.coverage ? '1' : '5';
  const at = (list: readonly number[]): number[] => {
    const d = new Array<number>(31).fill(0);
    for (const x of list) d[x - 1]!++;
    return d;
  };
  const items: { fee: { code: string; points: number; category: string }; days: number[] }[] = [];
  const first = c.days[0]!;
  const rest = c.days.slice(1);
  if (c.newPatient) {
    items.push({ fee: DENTAL_FEE.firstVisit, days: [first] });
    if (rest.length) items.push({ fee: DENTAL_FEE.revisit, days: rest });
  } else items.push({ fee: DENTAL_FEE.revisit, days: c.days });
  if (c.kind === 'caries') {
    if (c.newPatient) items.push({ fee: DENTAL_FEE.panorama, days: [first] });
    items.push({ fee: DENTAL_FEE.cariesTreatment, days: [first] });
    if (rest.length) items.push({ fee: DENTAL_FEE.filling, days: rest });
    if (rest.length) items.push({ fee: DENTAL_FEE.management, days: [rest[0]!] });
  } else {
    items.push({ fee: c.newPatient ? DENTAL_FEE.periodontalExam : DENTAL_FEE.supportiveTherapy, days: [first] });
    if (rest.length) items.push({ fee: DENTAL_FEE.scaling, days: rest });
    if (!c.newPatient) items.push({ fee: DENTAL_FEE.management, days: [first] });
  }
  items.sort((a, b) => a.fee.category.localeCompare(b.fee.category));
  let total = 0;
  const body: UkeGenericRecord[] = [];
  let last = '';
  for (const it of items) {
    const days = at(it.days);
    total += it.fee.points * it.days.length;
    body.push(ss(it.fee.category === last ? '' : it.fee.category, burden, it.fee.code, it.fee.points, days));
    last = it.fee.category;
  }
  const firstDate = `${month}-${String(first).padStart(2, '0')}`;
  const type = `3${receiptTypeOf(person, payer, month, firstDate, false).slice(1)}`;
  const nhi = payer.coverage && payer.coverage.insurer.kind !== 'lateElderly';
  const tenths = payer.coverage ? copayTenths(person, payer.coverage, month, firstDate) : 0;
  const notes = incomeNotes(person, payer, month, { inpatient: false, points: total, copayTenths: tenths });
  const records: UkeGenericRecord[] = [
    rec('IR', ['2', clinic.prefecture, '3', clinic.code, '', isoToCompact(addMonth(month)), clinic.phone, '']),
    // 歯科 RE (dental-layouts.ts): 8 入院年月日, 9 一部負担金区分, 10 レセプト特記事項, 11 カルテ番号等
    rec('RE', [
      '0', type, isoToCompact(month), claimName(person), person.sex, isoToCompact(person.birthDate),
      nhi ? String(100 - tenths * 10) : '', '', notes.lowIncomeClass ?? '', notes.specialNotes.join(''),
      String(person.no % 1_000_000).padStart(6, '0'), '', '', '', isoToCompact(c.start), '1', '', '', `${person.familyKana}${person.givenKana}`, '',
    ]),
  ];
  const cov = payer.coverage;
  if (cov) records.push(rec('HO', [cov.insurer.number.padStart(8, ' '), cov.symbol, cov.number, String(c.days.length), String(total), '', '', '', '', '', '', '', '', '']));
  for (const g of payer.publicExpenses) records.push(rec('KO', [g.payerNumber, g.beneficiaryNumber, '', String(c.days.length), String(total), '', '', '', '', '', '']));
  if (cov) records.push(rec('SN', ['1', '01', '', '', '', cov.branch, '', '']));
  records.push(rec('HS', [isoToCompact(c.start), '1', DIAGNOSIS[c.kind], '', '', '', '', '', '01', '']));
  records.push(...body);
  return { records, lines: { first: 0, last: 0 } };
}

function addMonth(m: YearMonth): YearMonth {
  const y = Number(m.slice(0, 4)), mo = Number(m.slice(5, 7));
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
}
