/**
 * Codes of intake (受付) and eligibility (資格点検) with their Japanese messages. Structural errors of
 * a file keep the UKE reader's own codes (UKE-Exxx); clerical findings keep CLR-Exxx.
 */

/** 受付エラー of a whole file: the file is refused and none of its claims is kept. */
export const FILE_ERROR_MESSAGES = {
  'INT-F001': '医療機関情報レコード（IR・YK・UK）が読めないため受け付けられません',
  'INT-F002': '審査支払機関が国保連合会（2）ではありません',
  'INT-F003': '都道府県が受付を行う国保連合会と異なります',
  'INT-F004': '国保連合会に登録されていない医療機関・薬局です',
  'INT-F005': '請求年月が受付の対象月と異なります',
  'INT-F006': '請求ファイルの医療機関コードが送信した医療機関と異なります',
  'INT-F007': 'レセプトが1件もありません',
} as const;
export type FileErrorCode = keyof typeof FILE_ERROR_MESSAGES;

/** Findings on one claim decided at intake (not by the UKE reader or the clerical checks). */
export const CLAIM_FINDING_MESSAGES = {
  'INT-C001': '同じレセプト（医療機関・患者・診療年月・レセプト番号）が既に受け付けられています（重複請求）',
  'INT-C002': '国保連合会に登録のない保険者番号です',
  'INT-C003': '診療年月が受付の対象月より後です',
  'ELG-E001': '該当する被保険者が資格台帳にありません',
  'ELG-E002': '枝番がないため被保険者を特定できません',
  'ELG-E003': '資格取得日より前の受診です',
  'ELG-E004': '資格喪失後の受診です',
  'ELG-E005': '受診日に他の保険者の資格があります',
} as const;
export type ClaimFindingCode = keyof typeof CLAIM_FINDING_MESSAGES;

/**
 * English meaning:
 * - INT-F001 no readable IR/YK/UK header; F002 IR 審査支払機関 ≠ 2; F003 IR 都道府県 ≠ federation;
 *   F004 provider not in the federation's registry; F005 IR 請求年月 ≠ the batch's month + 1;
 *   F006 IR provider ≠ the uploading provider; F007 no claim in the file.
 * - INT-C001 the claim's key is already held by an accepted claim with other content;
 *   C002 insurer of this prefecture not in the registry; C003 service month after the batch month.
 * - ELG-E001…E005: the outcomes of core/registry resolveEligibility (notFound, ambiguous,
 *   notYetAcquired, lost, otherInsurer).
 */
export type IntakeSeverity = 'return' | 'finding';

/** One finding on a claim, whatever check produced it (UKE reader, clerical, eligibility, intake). */
export interface ClaimFinding {
  code: string;
  severity: IntakeSeverity;
  /** 1-based line of the file */
  line: number;
  record: string;
  field: string;
  message: string;
}

export function claimFinding(code: ClaimFindingCode, line: number, record: string, field: string, detail?: string): ClaimFinding {
  const base = CLAIM_FINDING_MESSAGES[code];
  return { code, severity: 'return', line, record, field, message: detail ? `${base}（${detail}）` : base };
}
