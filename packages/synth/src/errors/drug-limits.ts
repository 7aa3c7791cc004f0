/**
 * Limits of oral drugs the 用量 and 投与日数 kinds break (rules DOSE-HAND, DAYS-NEW14), written
 * from their sources rather than read from the rules:
 * - 用量: the package insert's daily maximum of three drugs the scenarios prescribe; the plant
 *   raises the daily amount (使用量 of a 内服 line) of one where it is prescribed;
 * - 投与日数: a 新医薬品 may be supplied for 14 days at a time until one year has passed from the
 *   1st of the month after its 薬価基準収載 (掲示事項等告示 第10 第2号(1)); the plant puts one in
 *   place of a drug of the same use supplied for longer, in the months where the limit holds.
 */
import { addMonths, type IsoDate } from '@kokuho/core/common';
import type { MasterSnapshot } from '@kokuho/core/masters';
import { DRUG } from '../clinical/drugs.ts';

export interface DoseLimit {
  code: string;
  /** Daily maximum in the master's unit (錠). */
  maxDaily: number;
  /** Daily amounts over the maximum a plant writes. */
  over: readonly number[];
  label: string;
}

export const DOSE_LIMITS: readonly DoseLimit[] = [
  { code: '622412701', maxDaily: 9, over: [10, 12], label: 'メトホルミン塩酸塩錠２５０ｍｇ（1日最高2,250mg）' },
  { code: '622886301', maxDaily: 3, over: [4], label: 'フェブキソスタット錠２０ｍｇ（1日最大60mg）' },
  { code: '621917301', maxDaily: 1, over: [2], label: 'タムスロシン塩酸塩ＯＤ錠０．２ｍｇ（1日1回0.2mg）' },
];

export const DOSE_LIMIT_BY_CODE: ReadonlyMap<string, DoseLimit> = new Map(DOSE_LIMITS.map((d) => [d.code, d]));

export interface NewDrug {
  code: string;
  /** 使用量 per day. */
  amount: number;
  /** Drugs of the same use it takes the place of. */
  replaces: ReadonlySet<string>;
  label: string;
}

const STATINS: ReadonlySet<string> = new Set([...DRUG.rosuvastatin.codes, ...DRUG.atorvastatin.codes]);

/** 新医薬品 listed 2023-11-22 (limit until 2024-12-31): in place of a statin for dyslipidaemia. */
export const NEW_DRUGS: readonly NewDrug[] = [
  { code: '622945401', amount: 1, replaces: STATINS, label: 'パルモディアＸＲ錠０．２ｍｇ' },
  { code: '622945501', amount: 1, replaces: STATINS, label: 'パルモディアＸＲ錠０．４ｍｇ' },
];

export const NEW_DRUG_CODES: readonly string[] = NEW_DRUGS.map((d) => d.code);

/** Most days a 新医薬品 may be supplied at a time within its first year. */
export const NEW_DRUG_MAX_DAYS = 14;

/** Last day of the 14-day limit: a year from the 1st of the month after listing, less a day. */
export function newDrugLimitEndsOn(listedOn: IsoDate): IsoDate {
  const end = addMonths(addMonths(listedOn.slice(0, 7), 1), 12);
  const d = new Date(`${end}-01T00:00:00Z`);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

/** The 新医薬品 in force on `date` whose 14-day limit still holds then (none once their year is over). */
export function newDrugsOn(m: MasterSnapshot, date: IsoDate): NewDrug[] {
  return NEW_DRUGS.filter((d) => {
    const listed = m.drug(d.code)?.listedOn;
    return listed !== undefined && listed <= date && date <= newDrugLimitEndsOn(listed);
  });
}
