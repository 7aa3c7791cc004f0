/**
 * A claim laid out as the paper レセプト (診療報酬明細書) shows it, for the review screen. Every part
 * keeps the line of the file it was read from (the numbering of rule and clerical findings), so a
 * screen can put a finding next to what it is about. Dates are ISO, with 和暦 beside them for people.
 */

/** '医科' | 'DPC' | '調剤' | '歯科', or the stored kind when unknown. */
export type ClaimSheetKind = string;

export interface ClaimSheetHeader {
  /** 'YYYY-MM' */
  serviceMonth: string;
  /** '令和7年5月' */
  serviceMonthWareki: string;
  receiptNumber: number;
  /** レセプト種別 (別表5), e.g. '1112' */
  receiptType: string;
  /** e.g. '医科・医保/国保単独・本人/世帯主・入院外'; '' when the code is not in 別表5. */
  receiptTypeLabel: string;
  inpatient: boolean;
  patientName: string;
  /** '男' | '女' | '' */
  sex: string;
  /** 'YYYY-MM-DD' or '' */
  birthDate: string;
  /** '昭和45年3月2日' or '' */
  birthDateWareki: string;
  /** As stored with the claim: prefecture (2) + 点数表 (1) + 医療機関コード (7). */
  providerCode: string;
  /** Given by the caller (the registry or the file's header); '' when unknown. */
  providerName: string;
  /** 診療科 of the RE record (別表10–14), several joined by '・'; '' when not recorded. */
  specialty: string;
  /** Line of the RE record. */
  line: number;
  /** カタカナ（氏名） */
  kanaName: string;
  /** 給付割合 (%), recorded for 国保 */
  benefitRatio: number | null;
  /** 入院年月日 'YYYY-MM-DD' or '' */
  admissionDate: string;
  admissionDateWareki: string;
  /** レセプト特記事項 (別表9) as printed: '公', '長' … */
  specialNotes: string[];
}

export interface ClaimSheetPayer {
  /** '保険' | '公費1' | '公費2' … */
  kind: string;
  /** 保険者番号 or 公費負担者番号 */
  number: string;
  cardSymbol: string;
  /** 被保険者証の番号, or the 公費 受給者番号 */
  cardNumber: string;
  /** 診療実日数 (調剤: 処方箋受付回数) */
  days: number | null;
  points: number | null;
  /** 負担金額 (yen) */
  copay: number | null;
  /** Line of the HO / KO record. */
  line: number;
}

export interface ClaimSheetDiagnosis {
  line: number;
  code: string;
  /** As printed: prefix modifiers, the master name (or the recorded name of 0000999), suffix modifiers. */
  name: string;
  /** 'YYYY-MM-DD' or '' */
  startDate: string;
  startDateWareki: string;
  /** 転帰 when the disease ended ('治ゆ' | '死亡' | '中止'), '' while it continues. */
  outcome: string;
  /** 主傷病 */
  main: boolean;
  /** Names of the modifiers, in the recorded (print) order. */
  modifiers: string[];
  modifierCodes: string[];
  /** 補足コメント */
  supplement: string;
}

export interface ClaimSheetInlineComment {
  code: string;
  text: string;
}

export interface ClaimSheetLine {
  line: number;
  /** 'SI' | 'IY' | 'TO' (調剤: also 'SH' 'CZ' 'KI' 'ST'; 歯科: 'SS') */
  record: string;
  code: string;
  /** Master name; '' when the code is not in the masters of the service month. */
  name: string;
  /** 数量データ (SI) or 使用量 (IY / TO) as recorded; '' when none. */
  quantity: string;
  /** Points of the 点数・回数算定単位, on its last line only. */
  points: number | null;
  count: number | null;
  /** 31 entries: the count on each day of the month (算定日情報), 0 = none. */
  days: number[];
  /** コメント①–③ of the record. */
  comments: ClaimSheetInlineComment[];
}

export interface ClaimSheetGroup {
  /** 診療識別 (別表20), e.g. '11'; '' for groups of 調剤 records. */
  category: string;
  /** '初診' … */
  label: string;
  lines: ClaimSheetLine[];
}

export interface ClaimSheetComment {
  line: number;
  code: string;
  /** The master's fixed text completed with the recorded data, as printed. */
  text: string;
  /** 診療識別 of the group the comment stands in ('' before any). */
  category: string;
}

export interface ClaimSheetSymptomNote {
  line: number;
  /** 症状詳記区分 (別表23); '' on a continuation. */
  type: string;
  typeLabel: string;
  text: string;
}

export interface ClaimSheetOtherRecord {
  line: number;
  record: string;
  /** The record as read. */
  text: string;
}

export interface ClaimSheet {
  kind: ClaimSheetKind;
  header: ClaimSheetHeader;
  payers: ClaimSheetPayer[];
  diagnoses: ClaimSheetDiagnosis[];
  groups: ClaimSheetGroup[];
  comments: ClaimSheetComment[];
  /** 症状詳記 (SJ) */
  symptomNotes: ClaimSheetSymptomNote[];
  /** 合計点数 of the main payer (HO, else the first KO). */
  totalPoints: number | null;
  /** Records the sheet could not place (SN, JD, DPC and donor records, unknown 調剤/歯科 records …): shown raw. */
  otherRecords: ClaimSheetOtherRecord[];
}

/** Master name of a code (S/Y/T/B/Z/C) in force in the claim's service month. */
export type MasterNameLookup = ((code: string) => string | undefined) | ReadonlyMap<string, string>;
