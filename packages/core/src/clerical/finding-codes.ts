/** Codes and Japanese messages of the clerical checks (事務点検). */

export type ClericalFindingCode =
  | 'CLR-E001' | 'CLR-E002' | 'CLR-E003' | 'CLR-E004' | 'CLR-E005' | 'CLR-E006'
  | 'CLR-E007' | 'CLR-E008' | 'CLR-E009' | 'CLR-E010' | 'CLR-E011' | 'CLR-E012' | 'CLR-E013' | 'CLR-E014'
  | 'CLR-E015';

/** 'return' = 返戻 (the claim goes back to the provider); 'finding' = 査定候補 for the examiner. */
export type ClericalSeverity = 'return' | 'finding';

export interface Finding {
  code: ClericalFindingCode;
  /** 1-based line of the record in the file (0 for records built in memory). */
  line: number;
  /** Record identifier: 'SI', 'IY', 'TO', 'CO', 'SY', 'HO', 'KO', 'RE'. */
  record: string;
  /** English field name from the record layout ('code', 'points', 'insurerNumber', …). */
  field: string;
  /** Japanese message for a clerk: the code table's text plus this occurrence's details. */
  message: string;
  severity: ClericalSeverity;
}

/**
 * English meaning of each code:
 * - E001 code (SI/IY/TO/CO/SY or 修飾語) not in the masters in force in the service month
 *   (unknown, or abolished before the month — the snapshot holds neither)
 * - E002 code exists, but in the master of another kind than the record (e.g. a drug code on SI)
 * - E003 points of a single-procedure billing unit differ from the master's points
 * - E004 points of a drug-only billing unit differ from Σ 薬価 × 使用量 converted to points
 * - E005 保険者番号 malformed (length, digits, 法別番号, prefecture) or wrong check digit
 * - E006 保険者番号 valid but of an insurer the federation does not serve (被用者保険, 退職者医療)
 * - E007 公費負担者番号 malformed or wrong check digit
 * - E008 受給者番号 malformed or wrong check digit
 * - E009 birth date after the service month
 * - E010 診療開始日 before the birth date
 * - E011 診療開始日 after the end of the service month
 * - E012 入院年月日 after the end of the service month
 * - E013 入院年月日 before the birth date
 * - E014 code abolished before the service month (reported instead of E001 when the context knows
 *   the codes' history)
 * - E015 an inpatient レセプト種別 (4th digit odd, 別表5) without 入院年月日
 */
export const CLERICAL_FINDING_MESSAGES: Record<ClericalFindingCode, string> = {
  'CLR-E001': '診療月のマスターにないコードです（未収載又は廃止済み）',
  'CLR-E002': 'レコードの種類と異なるマスターのコードです',
  'CLR-E003': '診療行為の点数がマスターの点数と一致しません',
  'CLR-E004': '薬剤料の点数が薬価×使用量から算出した点数と一致しません',
  'CLR-E005': '保険者番号の形式又は検証番号に誤りがあります',
  'CLR-E006': '保険者番号が国保連合会の取扱う保険者のものではありません',
  'CLR-E007': '公費負担者番号の形式又は検証番号に誤りがあります',
  'CLR-E008': '公費受給者番号の形式又は検証番号に誤りがあります',
  'CLR-E009': '生年月日が診療年月より後です',
  'CLR-E010': '診療開始日が生年月日より前です',
  'CLR-E011': '診療開始日が診療年月より後です',
  'CLR-E012': '入院年月日が診療年月より後です',
  'CLR-E013': '入院年月日が生年月日より前です',
  'CLR-E014': '診療月より前に廃止されたコードです',
  'CLR-E015': '入院のレセプトに入院年月日がありません',
};

export const CLERICAL_FINDING_SEVERITY: Record<ClericalFindingCode, ClericalSeverity> = {
  'CLR-E001': 'return',
  'CLR-E002': 'return',
  'CLR-E003': 'finding',
  'CLR-E004': 'finding',
  'CLR-E005': 'return',
  'CLR-E006': 'return',
  'CLR-E007': 'return',
  'CLR-E008': 'return',
  'CLR-E009': 'return',
  'CLR-E010': 'return',
  'CLR-E011': 'return',
  'CLR-E012': 'return',
  'CLR-E013': 'return',
  'CLR-E014': 'return',
  'CLR-E015': 'return',
};
