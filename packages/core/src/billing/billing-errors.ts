/**
 * Why the review-fee table or a month's billing documents are refused, as values. Every code has its
 * Japanese message; the `Record` makes the compiler refuse a new code without one. The file, line
 * and field say where, the detail says what exactly.
 */
export type BillingErrorCode =
  | 'CSV_SYNTAX'
  | 'MISSING_COLUMNS'
  | 'FEDERATION'
  | 'INSURER'
  | 'CATEGORY'
  | 'FROM_MONTH'
  | 'FEE'
  | 'DUPLICATE_ROW'
  | 'LEDGER_MISMATCH'
  | 'RECONCILIATION';

export const BILLING_ERROR_MESSAGES: Record<BillingErrorCode, string> = {
  CSV_SYNTAX: 'CSVの形式が正しくありません',
  MISSING_COLUMNS: '見出し行に必要な列がありません',
  FEDERATION: '連合会は都道府県番号（01〜47）です',
  INSURER: '保険者番号は6桁（後期高齢者医療は39で始まる8桁）か空です',
  CATEGORY: '種別は medical-inpatient / medical-outpatient / dental / pharmacy / visiting-nursing のいずれかか空です',
  FROM_MONTH: '適用開始月は YYYY-MM です',
  FEE: '手数料は0以上の整数（円）です',
  DUPLICATE_ROW: '連合会・保険者・種別・適用開始月が同じ行がほかにあります',
  LEDGER_MISMATCH: '請求書・支払額通知の金額が帳簿の記帳と一致しません',
  RECONCILIATION: '月次照合が合いません（請求額・全国決済と支払額・審査支払手数料が一致しません）',
};

export interface BillingError {
  code: BillingErrorCode;
  /** The table file, or '' for a month's documents. */
  file: string;
  /** 1-based line of the file; 0 for the file (or the month) as a whole. */
  line: number;
  field: string;
  message: string;
}

export function billingError(code: BillingErrorCode, file: string, line: number, field: string, detail?: string): BillingError {
  const base = BILLING_ERROR_MESSAGES[code];
  return { code, file, line, field, message: detail ? `${base}（${detail}）` : base };
}

export const formatBillingError = (e: BillingError): string =>
  `${e.file}${e.line ? `:${e.line}` : ''}${e.field ? ` [${e.field}]` : ''} ${e.message}`;
