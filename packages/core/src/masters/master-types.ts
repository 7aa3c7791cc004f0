/**
 * Typed entries of the 基本マスター (../shared/docs/uke-format.md §7, MSPEC).
 * Decimal master values (点数 291.00, 薬価 12.30) are kept as integers in hundredths
 * (`...100` fields) so that nothing in kokuho holds money or points in floating point.
 * `raw` keeps every column as published, for fields not yet typed.
 */
import type { IsoDate } from '../common/dates.ts';

export type MasterKind = 'S' | 'Y' | 'T' | 'B' | 'Z' | 'C';

export const MASTER_KIND_LABELS: Record<MasterKind, string> = {
  S: '医科診療行為',
  Y: '医薬品',
  T: '特定器材',
  B: '傷病名',
  Z: '修飾語',
  C: 'コメント',
};

interface EntryBase {
  code: string;
  name: string;
  /** Day the entry (this version) took effect: 変更年月日 or 収載年月日. */
  changedOn: IsoDate | undefined;
  /** 廃止年月日; undefined = not abolished (99999999). */
  abolishedOn: IsoDate | undefined;
  raw: readonly string[];
}

export interface ProcedureEntry extends EntryBase {
  kind: 'S';
  /** 点数識別: 1 金額, 3 点数(+), 4 購入価格, 5 %加算, 6 %減算, 7 減点, 8 点数(−). */
  pointsType: number;
  /** 新又は現点数 × 100. */
  points100: number;
  /** データ規格コード (unit of 数量データ); 0 = no quantity. */
  unitCode: number;
  /** 入外適用区分: 0 both, 1 inpatient only, 2 outpatient only. */
  inOutScope: number;
  /** 後期高齢者医療適用区分. */
  lateElderlyScope: number;
  /** 点数欄集計先識別 (入院外). */
  tallyOutpatient: string;
  /** 点数欄集計先識別 (入院). */
  tallyInpatient: string;
  /** 上限回数 and 上限回数エラー処理 (0 = none). */
  maxCount: number;
  maxCountHandling: number;
  /** 注加算コード / 注加算通番. */
  addOnCode: string;
  addOnSerial: string;
  /** 通則年齢, 下限年齢, 上限年齢 (2-character codes as published, '' = none). */
  ageRule: string;
  minAge: string;
  maxAge: string;
  /** 区分番号 such as 'A000'. */
  sectionCode: string;
}

export interface DrugEntry extends EntryBase {
  kind: 'Y';
  /** 単位コード and its name. */
  unitCode: number;
  unitName: string;
  /** 金額種別: 1 金額, 3 薬剤使用量省略, 7 減点. */
  priceType: number;
  /** 新又は現金額 (薬価 per unit) × 100, in yen hundredths. */
  price100: number;
  /** 麻薬・毒薬・覚醒剤原料・向精神薬 class. */
  narcoticClass: number;
  generic: boolean;
  /** 剤形: 1 内用薬, 3 その他, 4 注射薬, 6 外用薬, 8 歯科用薬剤. */
  dosageForm: number;
  /** 一般名コード (may be ''). */
  genericNameCode: string;
}

export interface DeviceEntry extends EntryBase {
  kind: 'T';
  unitCode: number;
  unitName: string;
  /** 金額種別: 1 金額, 2 購入価格, 5 %加算, 9 乗算割合. */
  priceType: number;
  price100: number;
}

export interface DiagnosisEntry extends EntryBase {
  kind: 'B';
  /** ICD-10 (2013) codes. */
  icd10: string;
  icd10Second: string;
  /** 単独使用禁止区分, 保険請求外区分. */
  standaloneForbidden: boolean;
  notBillable: boolean;
  /** 移行先コード when abolished. */
  successorCode: string;
}

export interface ModifierEntry extends EntryBase {
  kind: 'Z';
}

export interface CommentEntry extends EntryBase {
  kind: 'C';
  /** パターン (10, 20, 30, 31, 40, 42, 50, 51, 52, 53, 80, 90). */
  pattern: number;
}

export type MasterEntry = ProcedureEntry | DrugEntry | DeviceEntry | DiagnosisEntry | ModifierEntry | CommentEntry;

/** The masters as in force on one date: what a claim of a service month is judged against. */
export interface MasterSnapshot {
  readonly date: IsoDate;
  procedure(code: string): ProcedureEntry | undefined;
  drug(code: string): DrugEntry | undefined;
  device(code: string): DeviceEntry | undefined;
  diagnosis(code: string): DiagnosisEntry | undefined;
  modifier(code: string): ModifierEntry | undefined;
  comment(code: string): CommentEntry | undefined;
}
