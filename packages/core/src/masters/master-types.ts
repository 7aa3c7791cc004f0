/**
 * Typed entries of the 基本マスター (../shared/docs/uke-format.md §7, MSPEC).
 * Decimal master values (点数 291.00, 薬価 12.30) are kept as integers in hundredths
 * (`...100` fields) so that nothing in kokuho holds money or points in floating point.
 * `raw` keeps every column as published, for fields not yet typed.
 * Coded fields keep the publisher's value (a number or a short string) with its meaning in the
 * comment; age codes ('00', '06', 'AA', 'B3', 'MG' …) are decoded by {@link decodeAgeLimit}.
 */
import type { IsoDate } from '../common/dates.ts';

export type MasterKind = 'S' | 'Y' | 'T' | 'B' | 'Z' | 'C';

export const MASTER_KINDS: readonly MasterKind[] = ['S', 'Y', 'T', 'B', 'Z', 'C'];

export const MASTER_KIND_LABELS: Record<MasterKind, string> = {
  S: '医科診療行為',
  Y: '医薬品',
  T: '特定器材',
  B: '傷病名',
  Z: '修飾語',
  C: 'コメント',
};

/** 変更区分 (column 1 of every master): 0 同じ, 1 抹消, 2 復活, 3 新規, 5 変更, 9 廃止. */
export type ChangeType = '0' | '1' | '2' | '3' | '5' | '9';

export const CHANGE_TYPE_LABELS: Record<ChangeType, string> = {
  '0': '変更なし',
  '1': '抹消',
  '2': '復活',
  '3': '新規',
  '5': '変更',
  '9': '廃止',
};

interface EntryBase {
  code: string;
  name: string;
  /** Day the entry (this version) took effect: 変更年月日 or 収載年月日. */
  changedOn: IsoDate | undefined;
  /** 廃止年月日 (last day of use); undefined = not abolished (99999999). */
  abolishedOn: IsoDate | undefined;
  raw: readonly string[];
}

/** One きざみ (step pricing) rule of a 診療行為 (MSPEC 項番30–35). */
export interface StepRule {
  /** 下限値 / 上限値 of 数量データ (上限 99999999 = none). */
  lower: number;
  upper: number;
  /** きざみ値: the step of 数量データ that adds {@link StepRule.points100}. */
  step: number;
  /** きざみ点数 × 100. */
  points100: number;
  /** 上下限エラー処理 0–3 (別紙7-5). */
  errorHandling: number;
}

/** 年齢加算①–④ (MSPEC 項番100–111): the 注加算 to use for an age range. */
export interface AgeAddOn {
  minAge: string;
  maxAge: string;
  addOnCode: string;
}

export interface ProcedureEntry extends EntryBase {
  kind: 'S';
  /** 基本漢字名称 (up to 64 characters); `name` is the 省略漢字名称 printed on claims. */
  fullName: string;
  kanaName: string;
  /** 点数識別: 1 金額, 3 点数(+), 4 購入価格, 5 %加算, 6 %減算, 7 減点, 8 点数(−). */
  pointsType: number;
  /** 新又は現点数 × 100. */
  points100: number;
  /** 点数識別（旧） and 旧点数 × 100: the value before the last 診療報酬改定 (0 = new since). */
  oldPointsType: number;
  oldPoints100: number;
  /** データ規格コード (unit of 数量データ); 0 = no quantity. */
  unitCode: number;
  /** データ規格名 ('' when no unit). */
  unitName: string;
  /** 入外適用区分: 0 both, 1 inpatient only, 2 outpatient only. */
  inOutScope: number;
  /** 後期高齢者医療適用区分: 0 both, 1 医療保険のみ, 2 後期高齢者医療のみ. */
  lateElderlyScope: number;
  /** 点数欄集計先識別 (入院外), e.g. '110' 初診, '600' 検査 (別紙7-2); '0' = not for outpatient claims. */
  tallyOutpatient: string;
  /** 点数欄集計先識別 (入院). */
  tallyInpatient: string;
  /** 包括対象検査: 0 none, 1 血液化学, 2 内分泌, 3 肝炎ウイルス, 5 腫瘍マーカー … 16. */
  bundledTestGroup: number;
  /** DPC適用区分: 0 包括, 1 出来高可, 2–4 DPC専用, 9 対象外. */
  dpcScope: number;
  /** 病院・診療所区分: 0 both, 1 病院のみ, 2 診療所のみ, 4 短期滞在3. */
  facilityScope: number;
  /** 傷病名関連区分: 3/4 皮膚科特定疾患, 5 特定疾患療養管理料等, 7 てんかん, 9 難病外来. */
  diagnosisRelation: number;
  /** 実日数 (0–4) and 日数・回数 (0–3): how the count relates to 診療実日数 (別紙7-4). */
  actualDaysRule: number;
  daysCountRule: number;
  /** 医薬品関連区分: 1 麻薬等加算, 3 神経破壊剤, 4 生物学的製剤加算. */
  drugRelation: number;
  /** きざみ pricing by 数量データ, when きざみ値計算識別 = 1. */
  step: StepRule | undefined;
  /** 上限回数 and 上限回数エラー処理 (0 = none; handling 0 check, 1 cap). */
  maxCount: number;
  maxCountHandling: number;
  /** 注加算コード / 注加算通番 ('0' base item, '1'–'9','A'–'Z' add-ons). */
  addOnCode: string;
  addOnSerial: string;
  /** 通則年齢, 下限年齢, 上限年齢 (2-character codes as published, '00' = none; see decodeAgeLimit). */
  ageRule: string;
  minAge: string;
  maxAge: string;
  /** 時間加算区分 (0–9). */
  timeAddOnClass: number;
  /** 外来管理加算区分: 1 外来管理加算を算定できない, 2 外来管理加算自体. */
  outpatientManagementClass: number;
  /** 検査等実施判断区分 (1 実施料, 2 判断料) and グループ区分 (1 尿・糞便 … 42). */
  examJudgeClass: number;
  examJudgeGroup: number;
  /** 包括逓減区分 (別紙7-10), '0' = none. */
  bundleReductionGroup: string;
  /** 告示等識別区分 (1): 1 基本, 3 合成, 5 準用, 7 加算, 9 通則加算; (2): 1, 3, 7. */
  noticeClass1: number;
  noticeClass2: number;
  /** 病床数区分 (0–8). */
  bedCountClass: number;
  /** 施設基準コード ①–⑩ that are set (別紙7-8). */
  facilityStandards: readonly string[];
  /** 年齢加算①–④ that are set. */
  ageAddOns: readonly AgeAddOn[];
  /** 区分番号 such as 'A000', 'B001-2' (コード表用番号: alphabet + 区分番号 + 枝番). */
  sectionCode: string;
  /** 異動関連: the former code when codes were merged or split at a revision ('0' = none). */
  predecessorCode: string;
}

export interface DrugEntry extends EntryBase {
  kind: 'Y';
  /** 基本漢字名称 (品名, up to 100 characters). */
  fullName: string;
  kanaName: string;
  /** 単位コード and its name. */
  unitCode: number;
  unitName: string;
  /** 金額種別: 1 金額, 3 薬剤使用量省略, 7 減点. */
  priceType: number;
  /** 新又は現金額 (薬価 per unit) × 100, in yen hundredths. */
  price100: number;
  /** 旧金額種別 (0 = new since the last 薬価改定) and 旧金額 × 100. */
  oldPriceType: number;
  oldPrice100: number;
  /** 麻薬・毒薬・覚醒剤原料・向精神薬 class: 0, 1 麻薬, 2 毒薬, 3 覚醒剤原料, 5 向精神薬. */
  narcoticClass: number;
  neurolytic: boolean;
  /** 生物学的製剤加算の対象. */
  biological: boolean;
  generic: boolean;
  /** 造影（補助）剤: 0, 1 造影剤, 2 造影補助剤. */
  contrastClass: number;
  /** 注射容量 (mL), 0 when not set. */
  injectionVolume: number;
  /** 収載方式等識別 (0–8). */
  listingMethod: number;
  /** 商品名等関連: the 統一名収載品 code for a 商品名 item ('0' = none). */
  brandRelationCode: string;
  /** 剤形: 1 内用薬, 3 その他, 4 注射薬, 6 外用薬, 8 歯科用薬剤. */
  dosageForm: number;
  /** 薬価基準収載医薬品コード (12 characters). */
  yjCode: string;
  /** 経過措置年月日又は商品名医薬品コード使用期限. */
  transitionalUntil: IsoDate | undefined;
  /** 薬価基準収載年月日 (2024 layout). */
  listedOn: IsoDate | undefined;
  /** 一般名コード (may be ''). */
  genericNameCode: string;
  /** 一般名処方の標準的な記載 (e.g. 【般】ファモチジン散２％). */
  genericNameLabel: string;
  /** 一般名処方加算対象区分 (0, 1, 2). */
  genericPrescriptionClass: number;
  /** 抗HIV薬区分. */
  antiHivClass: number;
  /** 長期収載品関連 and 選定療養区分 (columns added in 2024-10; '' before). */
  longListedRelation: string;
  selectiveCareClass: string;
}

export interface DeviceEntry extends EntryBase {
  kind: 'T';
  /** 基本漢字名称 (up to 150 characters). */
  fullName: string;
  kanaName: string;
  unitCode: number;
  unitName: string;
  /** 金額種別: 1 金額, 2 購入価格, 5 %加算, 9 乗算割合. */
  priceType: number;
  price100: number;
  oldPriceType: number;
  oldPrice100: number;
  /** 年齢加算区分 and 下限/上限年齢 (upper is exclusive, '00' = none). */
  ageAddOnClass: number;
  minAge: string;
  maxAge: string;
  /** 酸素等区分 (0–9) and 特定器材種別 (0, 2, 3, 4: 購入価格 ÷ 10/50/1000 円). */
  oxygenClass: number;
  deviceType: number;
  /** 上限点数 (0 = none). */
  maxPoints: number;
  /** 廃止・新設関連: successor code ('0' = none). */
  successorCode: string;
  transitionalUntil: IsoDate | undefined;
  /** 告示番号: 別表番号 and 区分番号. */
  annexNumber: string;
  sectionNumber: string;
  dpcScope: number;
}

export interface DiagnosisEntry extends EntryBase {
  kind: 'B';
  /** `name` is the 傷病名基本名称 (≤ 30 characters); 省略名称 (≤ 20) is what paper claims print. */
  shortName: string;
  kanaName: string;
  /** ICD-10 (2013) codes. */
  icd10: string;
  icd10Second: string;
  /** 単独使用禁止区分, 保険請求外区分. */
  standaloneForbidden: boolean;
  notBillable: boolean;
  /** 特定疾患等対象区分: '00' none, '03'/'04' 皮膚科, '05' 特定疾患療養管理料, '07' てんかん, '08' both. */
  specificDiseaseClass: string;
  /** 難病外来対象区分 ('09' = 難病外来指導管理料). */
  intractableOutpatientClass: string;
  /** 移行先コード when abolished. */
  successorCode: string;
  /** 病名管理番号, 病名交換用コード (ICD10対応標準病名マスター). */
  managementNumber: string;
  exchangeCode: string;
  /** 収載年月日. */
  listedOn: IsoDate | undefined;
}

export interface ModifierEntry extends EntryBase {
  kind: 'Z';
  kanaName: string;
  /** 0001–7999 prefix (接頭語), 8000–8999 suffix (接尾語), 9000– dental site. */
  position: 'prefix' | 'suffix' | 'dental';
  /** 修飾語区分 (e.g. 'A1000000'); its 2nd character is the category: 1 部位, 2 位置, … 8 接尾語. */
  category: string;
  managementNumber: string;
  exchangeCode: string;
  listedOn: IsoDate | undefined;
}

/** レセプト編集情報: where digits of a pattern-40 comment go (1-based column, digit count). */
export interface CommentEditField {
  column: number;
  digits: number;
}

export interface CommentEntry extends EntryBase {
  kind: 'C';
  kanaName: string;
  /** パターン (10, 20, 30, 31, 40, 42, 50, 51, 52, 53, 80, 90). */
  pattern: number;
  /** 一連番号 within the pattern. */
  serial: number;
  /** レセプト編集情報 ①–④ that are set (pattern 40). */
  editFields: readonly CommentEditField[];
  /** 選択式コメント識別. */
  selective: boolean;
}

export type MasterEntry = ProcedureEntry | DrugEntry | DeviceEntry | DiagnosisEntry | ModifierEntry | CommentEntry;

export type EntryOfKind<K extends MasterKind> = Extract<MasterEntry, { kind: K }>;

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
