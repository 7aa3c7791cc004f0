/**
 * One 調剤 claim: the prescriptions a person brought to one pharmacy in the month, under one payer.
 * Records follow the structure of the 調剤 layouts in @kokuho/core/uke (uke-format.md §6.2, fields
 * unverified there): YK header, RE, HO/KO, SN, then per 剤 SH (処方基本) + CZ (調剤) + IY (医薬品),
 * and KI (基本料・薬学管理料) per reception.
 *
 * 調剤行為 codes: the 調剤行為マスター is not among the shared masters, so the codes below are
 * placeholders of the right shape (4 + 8 digits), not verified; points are the 令和6年 values.
 * Drug codes and prices are real (Y master).
 */
import { isoToCompact, type YearMonth } from '@kokuho/core/common';
import type { MasterSnapshot } from '@kokuho/core/masters';
import type { UkeGenericClaim, UkeGenericRecord } from '@kokuho/core/uke';
import { dateInMonth } from '../population/calendar.ts';
import type { Person } from '../population/population-types.ts';
import type { SynthProvider } from '../providers/provider-types.ts';
import { claimName } from './claim-parts.ts';
import { copayTenths } from '../population/benefit.ts';
import { incomeNotes } from './income-notes.ts';
import { receiptTypeOf, type Payer } from './payer.ts';
import type { Prescription } from './prescription.ts';
import { drugUnitPoints } from './pricing.ts';
import { publicExpenseCharges, SelfPayCapSheet } from './public-expense-charge.ts';

/** 調剤行為 (placeholders, see above) with their 令和6年 points. */
export const PHARMACY_FEE = {
  basic1: { code: '410000110', points: 45 }, // 調剤基本料１
  preparationOral: { code: '410001110', points: 24 }, // 薬剤調製料（内服薬）, per 剤 up to 3
  preparationAsNeeded: { code: '410001210', points: 21 }, // 薬剤調製料（屯服薬）
  preparationExternal: { code: '410001310', points: 10 }, // 薬剤調製料（外用薬）, per 剤 up to 3
  management7: { code: '410002110', points: 4 }, // 調剤管理料（内服薬）７日分以下
  management14: { code: '410002210', points: 28 }, // 同 ８日分以上１４日分以下
  management28: { code: '410002310', points: 50 }, // 同 １５日分以上２８日分以下
  management29: { code: '410002410', points: 60 }, // 同 ２９日分以上
  guidance: { code: '410003110', points: 45 }, // 服薬管理指導料１
} as const;

const DOSAGE_FORM = { oral: '1', asNeeded: '3', external: '5' } as const;
const rec = (id: string, raw: string[]): UkeGenericRecord => ({ id, line: 0, raw: [id, ...raw] });
const mmdd = (month: YearMonth, day: number): string => isoToCompact(dateInMonth(month, day)).slice(4);

function managementFee(days: number): { code: string; points: number } {
  return days <= 7 ? PHARMACY_FEE.management7 : days <= 14 ? PHARMACY_FEE.management14 : days <= 28 ? PHARMACY_FEE.management28 : PHARMACY_FEE.management29;
}

export function pharmacyHeader(p: SynthProvider, billingMonth: YearMonth): UkeGenericRecord {
  return rec('YK', ['2', p.prefecture, '4', p.code, '', p.name, isoToCompact(billingMonth), '00', p.phone]);
}

/** `capSheet`: the patient's 自己負担上限額管理票 this month (KO 負担金額); a fresh one when not given. */
export function buildPharmacyClaim(
  person: Person, pharmacy: SynthProvider, month: YearMonth, prescriptions: readonly Prescription[], payer: Payer, m: MasterSnapshot,
  capSheet: SelfPayCapSheet = new SelfPayCapSheet(),
): UkeGenericClaim {
  const rx = [...prescriptions].sort((a, b) => a.day - b.day);
  const firstDate = dateInMonth(month, rx[0]!.day);
  const body: UkeGenericRecord[] = [];
  const ki = new Map<string, { burden: string; code: string; points: number; days: number[] }>();
  const addKi = (burden: string, fee: { code: string; points: number }, day: number): void => {
    const key = `${burden}|${fee.code}`;
    const k = ki.get(key) ?? { burden, code: fee.code, points: fee.points, days: new Array<number>(31).fill(0) };
    k.days[day - 1]!++;
    ki.set(key, k);
  };
  let total = 0, publicTotal = 0;
  const count = (burden: string, pts: number): void => {
    if (burden !== '5') total += pts;
    if (burden !== '1') publicTotal += pts;
  };
  let zaiNo = 0;
  rx.forEach((p, reception) => {
    const main = p.zai[0]!.burden;
    let oral = 0, external = 0, asNeeded = 0, longestOral = 0;
    for (const z of p.zai) {
      zaiNo++;
      const unit = drugUnitPoints(m, z.drugs);
      let prep: { code: string; points: number } | undefined;
      if (z.form === 'oral' && oral++ < 3) prep = PHARMACY_FEE.preparationOral;
      else if (z.form === 'external' && external++ < 3) prep = PHARMACY_FEE.preparationExternal;
      else if (z.form === 'asNeeded' && asNeeded++ < 1) prep = PHARMACY_FEE.preparationAsNeeded;
      if (z.form === 'oral') longestOral = Math.max(longestOral, z.count);
      body.push(rec('SH', [String(zaiNo), DOSAGE_FORM[z.form], '', '', String(unit)]));
      body.push(rec('CZ', ['1', mmdd(month, p.day), mmdd(month, p.day), String(reception + 1), String(z.count), z.burden, '', prep?.code ?? '', prep ? String(prep.points) : '', '']));
      for (const d of z.drugs) body.push(rec('IY', [z.burden, d.code, String(d.amount), '', '']));
      count(z.burden, unit * z.count + (prep?.points ?? 0));
    }
    addKi(main, PHARMACY_FEE.basic1, p.day);
    count(main, PHARMACY_FEE.basic1.points);
    if (longestOral) {
      const fee = managementFee(longestOral);
      addKi(main, fee, p.day);
      count(main, fee.points);
    }
    addKi(main, PHARMACY_FEE.guidance, p.day);
    count(main, PHARMACY_FEE.guidance.points);
  });
  for (const k of ki.values()) {
    const n = k.days.reduce((a, b) => a + b, 0);
    body.push(rec('KI', [k.burden, k.code, String(k.points), String(n), ...k.days.map((x) => (x ? String(x) : ''))]));
  }

  const prescriber = rx[0]!.prescriber;
  const type = `4${receiptTypeOf(person, payer, month, firstDate, false).slice(1)}`;
  const nhi = payer.coverage && payer.coverage.insurer.kind !== 'lateElderly';
  const tenths = payer.coverage ? copayTenths(person, payer.coverage, month, firstDate) : 0;
  const benefit = nhi ? String(100 - tenths * 10) : '';
  const notes = incomeNotes(person, payer, month, { inpatient: false, points: total, copayTenths: tenths });
  const records: UkeGenericRecord[] = [
    // 調剤 RE (pharmacy-layouts.ts): 13 一部負担金区分, 14 レセプト特記事項, 16 調剤録番号
    rec('RE', [
      '0', type, isoToCompact(month), claimName(person), person.sex, isoToCompact(person.birthDate), benefit,
      prescriber.prefecture, '1', prescriber.code, '', '', notes.lowIncomeClass ?? '', notes.specialNotes.join(''), '', String(person.no % 1_000_000).padStart(6, '0'), '', '', '',
      `${person.familyKana}${person.givenKana}`, '',
    ]),
  ];
  const receptions = rx.length;
  const c = payer.coverage;
  if (c) records.push(rec('HO', [c.insurer.number.padStart(8, ' '), c.symbol, c.number, String(receptions), String(total), '', '', '', '', '', '', '', '', '']));
  const charges = publicExpenseCharges(person, payer, month, firstDate, payer.publicExpenses.map(() => publicTotal), capSheet);
  payer.publicExpenses.forEach((g, i) => {
    records.push(rec('KO', [g.payerNumber, g.beneficiaryNumber, '', String(receptions), String(publicTotal), charges[i] === undefined ? '' : String(charges[i]), '', '', '', '', '']));
  });
  if (c) records.push(rec('SN', ['1', '01', '', '', '', c.branch, '', '']));
  records.push(...body);
  return { records, lines: { first: 0, last: 0 } };
}
