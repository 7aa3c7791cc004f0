/**
 * Typed UKE records and claims (医科 令和4年4月版, uke-format.md §2–§3).
 *
 * Conventions:
 * - Dates are ISO ('YYYY-MM-DD'), months 'YYYY-MM'; legacy 和暦 GYYMMDD / GYYMM is converted when read.
 * - Omitted (empty) fields are `undefined` (optional properties); codes are strings as in the 別表.
 * - Values of a record that has errors are best effort ('' / NaN where a required field is unusable):
 *   read the claim's errors before trusting them.
 * - `rawLine` keeps the record's line exactly as read (its raw field strings joined by commas; missing
 *   trailing fields added as empty), so that writing a parsed file gives the same bytes, and
 *   `rawFields(rec)` splits it. When `rawLine` is present the writer emits it verbatim: drop it
 *   (`{ ...rec, rawLine: undefined }`) after editing typed values. Records built in memory (a
 *   generator) leave it out and use `line: 0`. (One string per record rather than one per field: the
 *   per-field strings were most of the parser's garbage.)
 */
import type { IsoDate, YearMonth } from '../common/dates.ts';
import type { Points, Yen } from '../common/money.ts';
import type {
  BurdenCode, ConfirmationTypeCode, CounterChargeTypeCode, DeviceUnitCode, DonatedOrganCode,
  DonorProviderTypeCode, DonorReceiptTypeCode, DpcExclusionReasonCode, FeeTableCode, LowIncomeClassCode,
  OutcomeCode, PayerTypeCode, ReceiptTypeCode, ReviewOrganizationCode, SexCode, SpecialNoteCode,
  SymptomNoteTypeCode, TreatmentCategoryCode, VisitTypeCode, WardTypeCode,
} from './code-tables.ts';
import type { UkeErrorCode } from './error-codes.ts';

/** 医科 / DPC / 調剤 / 歯科 (glossary: medical / dpc / pharmacy / dental). */
export type UkeKind = 'medical' | 'dpc' | 'pharmacy' | 'dental';
export type UkeSeverity = 'error' | 'warning';

/** A problem found in a file. Bad input never throws: it becomes one of these. */
export interface UkeError {
  file: string;
  /** 1-based line number; 0 when the problem concerns the file as a whole (e.g. missing GO). */
  line: number;
  /** Record identifier ('RE', 'SI', …) or '' when not tied to a record. */
  record: string;
  /** English field name from the record layout, or '' for record- and file-level problems. */
  field: string;
  code: UkeErrorCode;
  /** Japanese message (from the code table) plus the details of this occurrence. */
  message: string;
  severity: UkeSeverity;
}

export interface UkeRecordBase<Id extends string> {
  readonly id: Id;
  /** 1-based line in the file; 0 for records built in memory. */
  line: number;
  /** The line as read (fields joined by commas, all of them); the writer emits it verbatim when present. */
  rawLine?: string;
}

/** A record kept only as its fields: DPC / 調剤 / 歯科 records, headers YK / UK, skipped legacy KH / NI. */
export interface UkeGenericRecord {
  readonly id: string;
  line: number;
  raw: readonly string[];
}

/** IR 医療機関情報レコード */
export interface ProviderRecord extends UkeRecordBase<'IR'> {
  /** 審査支払機関 (別表1) */
  reviewOrganization: ReviewOrganizationCode;
  /** 都道府県 (別表2) */
  prefecture: string;
  /** 点数表 (別表3) */
  feeTable: FeeTableCode;
  /** 医療機関コード (7 digits) */
  providerCode: string;
  /** 医療機関名称 */
  providerName?: string;
  /** 請求年月 */
  billingMonth: YearMonth;
  /** マルチボリューム識別情報: '00', '01', … */
  volume: string;
  /** 電話番号 */
  phone?: string;
}

/** 診療科 combination of RE (別表10–14). */
export interface DepartmentCombination {
  department?: string;
  bodyPart?: string;
  sexAgeGroup?: string;
  medicalTreatment?: string;
  specificDisease?: string;
}

/** RE レセプト共通レコード */
export interface ReceiptCommonRecord extends UkeRecordBase<'RE'> {
  /** レセプト番号: 1, 2, … in recording order */
  receiptNumber: number;
  /** レセプト種別 (別表5) */
  receiptType: ReceiptTypeCode;
  /** 診療年月 */
  serviceMonth: YearMonth;
  /** 氏名 */
  name: string;
  /** 男女区分 (別表6) */
  sex: SexCode;
  /** 生年月日 */
  birthDate: IsoDate;
  /** 給付割合 (%) — 国保/退職者 */
  benefitRatio?: number;
  /** 入院年月日 */
  admissionDate?: IsoDate;
  /** 病棟区分 (別表7), in the order moved */
  wardTypes: readonly WardTypeCode[];
  /** 一部負担金・食事療養費・生活療養費標準負担額区分 (別表8) */
  lowIncomeClass?: LowIncomeClassCode;
  /** レセプト特記事項 (別表9) */
  specialNotes: readonly SpecialNoteCode[];
  /** 病床数 */
  bedCount?: number;
  /** カルテ番号等 */
  chartNumber?: string;
  /** 割引点数単価 (yen per point) */
  discountedPointPrice?: number;
  /** 検索番号 (assigned by the 審査支払機関 on returns) */
  searchNumber?: string;
  /** 請求情報 (provider's free text) */
  billingInfo?: string;
  /** 診療科1–3 (empty combinations are omitted from the end) */
  departments: readonly DepartmentCombination[];
  /** カタカナ（氏名） */
  kanaName?: string;
  /** 患者の状態 (別表27) */
  patientStates: readonly string[];
}

/** HO 保険者レコード */
export interface InsurerRecord extends UkeRecordBase<'HO'> {
  /** 保険者番号, leading spaces removed */
  insurerNumber: string;
  /** 被保険者証等の記号 */
  cardSymbol?: string;
  /** 被保険者証等の番号 */
  cardNumber: string;
  /** 診療実日数 */
  actualDays: number;
  /** 合計点数 */
  totalPoints: Points;
  /** 食事療養・生活療養 回数 */
  mealCount?: number;
  /** 食事療養・生活療養 合計金額 */
  mealAmount?: Yen;
  /** 職務上の事由 (別表15) */
  occupationalReason?: string;
  /** 証明書番号 */
  certificateNumber?: string;
  /** 負担金額 医療保険 */
  copay?: Yen;
  /** 減免区分 (別表16) */
  reductionType?: string;
  /** 減額割合 (%) */
  reductionRate?: number;
  /** 減額金額 */
  reductionAmount?: Yen;
}

/** KO 公費レコード */
export interface PublicExpenseRecord extends UkeRecordBase<'KO'> {
  /** 負担者番号 (8) */
  payerNumber: string;
  /** 受給者番号 (7, zero-filled) */
  beneficiaryNumber?: string;
  /** 任意給付区分 */
  optionalBenefit?: string;
  /** 診療実日数 */
  actualDays: number;
  /** 合計点数 */
  totalPoints: Points;
  /** 負担金額 公費 */
  copay?: Yen;
  /** 公費給付対象外来一部負担金 */
  outpatientCopayCovered?: Yen;
  /** 公費給付対象入院一部負担金 */
  inpatientCopayCovered?: Yen;
  mealCount?: number;
  mealAmount?: Yen;
}

/** SN 資格確認レコード */
export interface EligibilityCheckRecord extends UkeRecordBase<'SN'> {
  /** 負担者種別 (別表28) */
  payerType: PayerTypeCode;
  /** 確認区分 (別表29) */
  confirmationType: ConfirmationTypeCode;
  insurerNumber?: string;
  cardSymbol?: string;
  cardNumber?: string;
  /** 枝番 */
  branchNumber?: string;
  beneficiaryNumber?: string;
}

/** JD 受診日等レコード */
export interface VisitDaysRecord extends UkeRecordBase<'JD'> {
  payerType: PayerTypeCode;
  /** 1日…31日 (別表30); undefined = no visit that day. Always 31 entries. */
  days: readonly (VisitTypeCode | undefined)[];
}

/** MF 窓口負担額レコード */
export interface CounterChargeRecord extends UkeRecordBase<'MF'> {
  /** 窓口負担額区分 (別表31) */
  chargeType: CounterChargeTypeCode;
}

/** GR 包括評価対象外理由レコード */
export interface PackageExclusionRecord extends UkeRecordBase<'GR'> {
  /** 医科点数表算定理由 (別表17) */
  reason: DpcExclusionReasonCode;
  dpcCode?: string;
}

/** SY 傷病名レコード */
export interface DiagnosisRecord extends UkeRecordBase<'SY'> {
  /** 傷病名コード (7); '0000999' = 未コード化傷病名 */
  diagnosisCode: string;
  /** 診療開始日 */
  startDate: IsoDate;
  /** 転帰区分 (別表18) */
  outcome: OutcomeCode;
  /** 修飾語コード (4 digits each, print order) */
  modifierCodes: readonly string[];
  /** 傷病名称 (only for 0000999) */
  diagnosisName?: string;
  /** 主傷病 ('01') */
  mainDiagnosis?: string;
  /** 補足コメント */
  supplementaryComment?: string;
}

/** コメント①–③ of SI / IY / TO. */
export interface InlineComment {
  code: string;
  text?: string;
}

interface BillingLineBase<Id extends 'SI' | 'IY' | 'TO'> extends UkeRecordBase<Id> {
  /** 診療識別 (別表20); omitted on continuation records of a group */
  treatmentCategory?: TreatmentCategoryCode;
  /** 負担区分 (別表21) */
  burden: BurdenCode;
  /** 診療行為 / 医薬品 / 特定器材 コード (9) */
  code: string;
  /** 点数: only on the last record of a 点数・回数算定単位 (billing unit) */
  points?: Points;
  /** 回数: same on every record of the unit; = Σ days */
  count: number;
  /** コメント①–③ (empty pairs omitted) */
  comments: readonly InlineComment[];
  /** 1日…31日の情報: 31 entries, 0 where empty */
  days: readonly number[];
}

/** SI 診療行為レコード */
export interface ProcedureRecord extends BillingLineBase<'SI'> {
  /** 数量データ */
  quantity?: number;
}

/** IY 医薬品レコード */
export interface DrugRecord extends BillingLineBase<'IY'> {
  /** 使用量 (5 integer + 5 fraction digits) */
  amount?: number;
}

/** TO 特定器材レコード */
export interface DeviceRecord extends BillingLineBase<'TO'> {
  /** 使用量 (5 integer + 3 fraction digits) */
  amount?: number;
  /** 単位コード (別表22) */
  unitCode?: DeviceUnitCode;
  /** 単価 (yen, 8 integer + 2 fraction digits) */
  unitPrice?: number;
  /** 商品名及び規格又はサイズ */
  productName?: string;
}

/** CO コメントレコード */
export interface CommentRecord extends UkeRecordBase<'CO'> {
  treatmentCategory?: TreatmentCategoryCode;
  burden: BurdenCode;
  /** コメントコード (9, starts with 8) */
  code: string;
  /** 文字データ */
  text?: string;
}

/** SJ 症状詳記レコード */
export interface SymptomNoteRecord extends UkeRecordBase<'SJ'> {
  /** 症状詳記区分 (別表23); omitted on continuation records */
  noteType?: SymptomNoteTypeCode;
  text: string;
}

/** TI 臓器提供医療機関情報レコード */
export interface DonorProviderRecord extends UkeRecordBase<'TI'> {
  organ: DonatedOrganCode;
  donorProviderType: DonorProviderTypeCode;
  prefecture?: string;
  feeTable?: string;
  providerCode?: string;
  providerName?: string;
  providerAddress?: string;
  phone?: string;
}

/** TR 臓器提供者レセプト情報レコード */
export interface DonorReceiptRecord extends UkeRecordBase<'TR'> {
  receiptNumber: number;
  donorReceiptType: DonorReceiptTypeCode;
  serviceMonth: YearMonth;
  sex: SexCode;
  birthDate: IsoDate;
  admissionDate?: IsoDate;
  wardTypes: readonly WardTypeCode[];
  specialNotes: readonly SpecialNoteCode[];
  chartNumber?: string;
  discountedPointPrice?: number;
}

/** TS 臓器提供者請求情報レコード */
export interface DonorBillingRecord extends UkeRecordBase<'TS'> {
  actualDays: number;
  totalPoints: Points;
  mealCount?: number;
  mealAmount?: Yen;
}

/** GO 診療報酬請求書レコード */
export interface ClaimSummaryRecord extends UkeRecordBase<'GO'> {
  /** 総件数 = Σ (HO + KO records); only on the last volume */
  totalCount?: number;
  /** 総合計点数 = Σ main payer's 合計点数; only on the last volume */
  totalPoints?: Points;
  /** マルチボリューム識別情報: '01', '02', … and '99' on the last (or only) volume */
  volume: string;
}

/** SI / IY / TO: the records that carry points. */
export type BillingLineRecord = ProcedureRecord | DrugRecord | DeviceRecord;
/** 摘要 records in file order: SI / IY / TO / CO. */
export type ClaimLineRecord = BillingLineRecord | CommentRecord;

/** One donor receipt of an organ-transplant claim: TR TS SY SI/IY/TO/CO SJ. */
export interface OrganDonorReceipt {
  tr: DonorReceiptRecord;
  ts?: DonorBillingRecord;
  sy: DiagnosisRecord[];
  items: ClaimLineRecord[];
  sj: SymptomNoteRecord[];
}

/** One donor institution (TI) and its receipts. */
export interface OrganDonorBlock {
  ti: DonorProviderRecord;
  receipts: OrganDonorReceipt[];
}

/** One claim (レセプト) of a 医科 (or DPC) file. */
export interface UkeClaim {
  re: ReceiptCommonRecord;
  ho?: InsurerRecord;
  /** 公費 in priority order: ko[0] = 第1公費 */
  ko: PublicExpenseRecord[];
  sn: EligibilityCheckRecord[];
  jd: VisitDaysRecord[];
  mf?: CounterChargeRecord;
  gr: PackageExclusionRecord[];
  sy: DiagnosisRecord[];
  /** SI / IY / TO / CO in file order */
  items: ClaimLineRecord[];
  sj: SymptomNoteRecord[];
  /** 臓器提供者レセプト情報, after SJ (transplant claims only) */
  organDonor?: OrganDonorBlock[];
  /** DPC records (BU SB KK SK GA HH GT CD), kept as fields in file order */
  dpc?: UkeGenericRecord[];
  lines: { first: number; last: number };
}

/** A claim of a 調剤 / 歯科 file: records validated against their layouts, kept as fields. */
export interface UkeGenericClaim {
  records: UkeGenericRecord[];
  lines: { first: number; last: number };
}

export type UkeHeaderRecord = ProviderRecord | UkeGenericRecord;
export type UkeLineEnding = '\r\n' | '\n';

export type UkeEvent =
  /** IR (医科/DPC), YK (調剤) or UK (歯科); `lineEnding` is the first record's. */
  | { type: 'header'; kind: UkeKind; record: UkeHeaderRecord; lineEnding: UkeLineEnding; errors: UkeError[] }
  /** A complete 医科/DPC claim with the errors found in it. */
  | { type: 'claim'; claim: UkeClaim; errors: UkeError[] }
  /** A complete 調剤/歯科 claim. */
  | { type: 'genericClaim'; kind: UkeKind; claim: UkeGenericClaim; errors: UkeError[] }
  /** GO, with the total checks (総件数, 総合計点数, volume). */
  | { type: 'trailer'; record: ClaimSummaryRecord; errors: UkeError[] }
  /** File-level problems found between claims (records out of place, legacy records, …). */
  | { type: 'errors'; errors: UkeError[] }
  /** Always last: file-level results (missing GO, EOF marker, line endings) and counts. */
  | { type: 'end'; summary: UkeFileSummary; errors: UkeError[] };

export interface UkeFileSummary {
  kind: UkeKind | undefined;
  claims: number;
  records: number;
  /** Σ (HO + KO) as GO 総件数 should be */
  totalCount: number;
  /** Σ main payer's 合計点数 as GO 総合計点数 should be */
  totalPoints: Points;
  lineEnding: UkeLineEnding;
  /** The file ended with the 0x1A EOF byte */
  eofMarker: boolean;
}

export interface UkeCheckReport {
  file: string;
  /** Detected from the header; 'medical' when the file has no usable header. */
  kind: UkeKind;
  claims: number;
  records: number;
  /** Σ main payer's 合計点数 (HO when present, else the first KO), as GO 総合計点数 */
  totalPoints: number;
  /** True when no error of severity 'error' was found */
  valid: boolean;
  errorCount: number;
  warningCount: number;
  /** Problems in file order; capped by `maxErrors` (see `truncated`) */
  errors: Omit<UkeError, 'file'>[];
  /** Number of problems left out of `errors` because of the cap */
  truncated: number;
}
