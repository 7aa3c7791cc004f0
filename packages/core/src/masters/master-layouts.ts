/**
 * Column positions of each master (0-based index = 項番 − 1), from MSPEC 3(1)–(7) and the
 * 2024 files (uke-format.md §7.2–7.7). Only what kokuho reads is named; the rest stays in `raw`.
 * `checked` lists the columns whose values are validated on import (non-empty values only, since
 * change rows leave unchanged columns empty).
 */
import type { MasterKind } from './master-types.ts';

export type ColumnType = 'decimal' | 'int' | 'date';

export interface CheckedColumn {
  index: number;
  label: string;
  type: ColumnType;
}

export interface MasterLayout {
  /** Rows with fewer columns are rejected: the columns read below must exist. */
  minColumns: number;
  code: number;
  name: number;
  changedOn: number;
  abolishedOn: number;
  /** 収載年月日, where the master has one. */
  listedOn: number | undefined;
  checked: readonly CheckedColumn[];
}

export const S_COL = {
  name: 4, kanaName: 6, unitCode: 7, unitName: 9, pointsType: 10, points: 11, inOutScope: 12,
  lateElderlyScope: 13, tallyOutpatient: 14, bundledTestGroup: 15, dpcScope: 17, facilityScope: 18,
  diagnosisRelation: 24, actualDays: 26, daysCount: 27, drugRelation: 28, stepFlag: 29, stepLower: 30,
  stepUpper: 31, step: 32, stepPoints: 33, stepErrorHandling: 34, maxCount: 35, maxCountHandling: 36,
  addOnCode: 37, addOnSerial: 38, ageRule: 39, minAge: 40, maxAge: 41, timeAddOn: 42,
  outpatientManagement: 55, oldPointsType: 56, oldPoints: 57, bundleReduction: 62, tallyInpatient: 65,
  noticeClass1: 67, noticeClass2: 68, bedCount: 70, facilityStandardsFrom: 71, facilityStandardsTo: 80,
  examJudge: 49, examJudgeGroup: 50, sectionAlpha: 84, changedOn: 86, abolishedOn: 87, sectionNumber: 91,
  sectionBranch: 92, ageAddOnsFrom: 99, predecessor: 111, fullName: 112,
} as const;

export const Y_COL = {
  name: 4, kanaName: 6, unitCode: 7, unitName: 9, priceType: 10, price: 11, narcotic: 13, neurolytic: 14,
  biological: 15, generic: 16, contrast: 19, injectionVolume: 20, listingMethod: 21, brandRelation: 22,
  oldPriceType: 23, oldPrice: 24, dosageForm: 27, changedOn: 29, abolishedOn: 30, yjCode: 31,
  transitionalUntil: 33, fullName: 34, listedOn: 35, genericNameCode: 36, genericNameLabel: 37,
  genericPrescription: 38, antiHiv: 39, longListed: 40, selectiveCare: 41,
} as const;

export const T_COL = {
  name: 4, kanaName: 6, unitCode: 7, unitName: 9, priceType: 10, price: 11, ageAddOn: 13, minAge: 14,
  maxAge: 15, oldPriceType: 16, oldPrice: 17, oxygen: 20, deviceType: 21, maxPoints: 23, successor: 26,
  changedOn: 27, transitionalUntil: 28, abolishedOn: 29, annex: 30, section: 31, dpcScope: 32, fullName: 36,
} as const;

export const C_COL = {
  pattern: 3, serial: 4, name: 6, kanaName: 8, editFrom: 9, selective: 19, changedOn: 20, abolishedOn: 21,
  code: 22,
} as const;

export const B_COL = {
  successor: 3, name: 5, shortName: 7, kanaName: 9, managementNumber: 10, exchangeCode: 12, icd10: 15,
  icd10Second: 16, standaloneForbidden: 18, notBillable: 19, specificDisease: 20, listedOn: 21,
  changedOn: 22, abolishedOn: 23, intractableOutpatient: 42,
} as const;

export const Z_COL = {
  name: 6, kanaName: 9, listedOn: 13, changedOn: 14, abolishedOn: 15, managementNumber: 16, exchangeCode: 17,
  category: 18,
} as const;

const c = (index: number, label: string, type: ColumnType): CheckedColumn => ({ index, label, type });

export const MASTER_LAYOUTS: Record<MasterKind, MasterLayout> = {
  S: {
    minColumns: 113, code: 2, name: S_COL.name, changedOn: S_COL.changedOn, abolishedOn: S_COL.abolishedOn, listedOn: undefined,
    checked: [
      c(S_COL.unitCode, 'データ規格コード', 'int'), c(S_COL.pointsType, '点数識別', 'int'), c(S_COL.points, '新又は現点数', 'decimal'),
      c(S_COL.stepPoints, 'きざみ点数', 'decimal'), c(S_COL.maxCount, '上限回数', 'int'), c(S_COL.oldPoints, '旧点数', 'decimal'),
      c(S_COL.changedOn, '変更年月日', 'date'), c(S_COL.abolishedOn, '廃止年月日', 'date'),
    ],
  },
  Y: {
    minColumns: 35, code: 2, name: Y_COL.name, changedOn: Y_COL.changedOn, abolishedOn: Y_COL.abolishedOn, listedOn: Y_COL.listedOn,
    checked: [
      c(Y_COL.unitCode, '単位コード', 'int'), c(Y_COL.priceType, '金額種別', 'int'), c(Y_COL.price, '新又は現金額', 'decimal'),
      c(Y_COL.oldPrice, '旧金額', 'decimal'), c(Y_COL.dosageForm, '剤形', 'int'), c(Y_COL.changedOn, '変更年月日', 'date'),
      c(Y_COL.abolishedOn, '廃止年月日', 'date'), c(Y_COL.transitionalUntil, '経過措置年月日又は商品名医薬品コード使用期限', 'date'),
      c(Y_COL.listedOn, '薬価基準収載年月日', 'date'),
    ],
  },
  T: {
    minColumns: 37, code: 2, name: T_COL.name, changedOn: T_COL.changedOn, abolishedOn: T_COL.abolishedOn, listedOn: undefined,
    checked: [
      c(T_COL.unitCode, '単位コード', 'int'), c(T_COL.priceType, '金額種別', 'int'), c(T_COL.price, '新又は現金額', 'decimal'),
      c(T_COL.oldPrice, '旧金額', 'decimal'), c(T_COL.changedOn, '変更年月日', 'date'),
      c(T_COL.transitionalUntil, '経過措置年月日', 'date'), c(T_COL.abolishedOn, '廃止年月日', 'date'),
    ],
  },
  C: {
    minColumns: 23, code: C_COL.code, name: C_COL.name, changedOn: C_COL.changedOn, abolishedOn: C_COL.abolishedOn, listedOn: undefined,
    checked: [
      c(C_COL.pattern, 'パターン', 'int'), c(C_COL.serial, '一連番号', 'int'), c(C_COL.changedOn, '変更年月日', 'date'),
      c(C_COL.abolishedOn, '廃止年月日', 'date'),
    ],
  },
  B: {
    minColumns: 24, code: 2, name: B_COL.name, changedOn: B_COL.changedOn, abolishedOn: B_COL.abolishedOn, listedOn: B_COL.listedOn,
    checked: [
      c(B_COL.listedOn, '収載年月日', 'date'), c(B_COL.changedOn, '変更年月日', 'date'), c(B_COL.abolishedOn, '廃止年月日', 'date'),
    ],
  },
  Z: {
    minColumns: 16, code: 2, name: Z_COL.name, changedOn: Z_COL.changedOn, abolishedOn: Z_COL.abolishedOn, listedOn: Z_COL.listedOn,
    checked: [
      c(Z_COL.listedOn, '収載年月日', 'date'), c(Z_COL.changedOn, '変更年月日', 'date'), c(Z_COL.abolishedOn, '廃止年月日', 'date'),
    ],
  },
};

/**
 * The code of a row. A コメント row carries it in 項番23, but 廃止 change rows leave that column
 * empty (c_20240930.csv), so it is rebuilt from 区分 + パターン + 一連番号 as MSPEC 項番23 defines it.
 */
export function rowCode(kind: MasterKind, cols: readonly string[]): string {
  if (kind !== 'C') return cols[MASTER_LAYOUTS[kind].code] ?? '';
  const given = cols[C_COL.code] ?? '';
  if (given !== '') return given;
  const pattern = cols[C_COL.pattern] ?? '', serial = cols[C_COL.serial] ?? '';
  if (!/^\d{1,2}$/.test(pattern) || !/^\d{1,6}$/.test(serial)) return '';
  return `${cols[2] || '8'}${pattern.padStart(2, '0')}${serial.padStart(6, '0')}`;
}
