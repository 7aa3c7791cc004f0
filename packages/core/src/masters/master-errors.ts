/**
 * Problems found in master files, as values. Every code has a Japanese message for the staff
 * who import the files; the compiler refuses a new code without one.
 * `column` is the 項番 of the official layout (1-based), as the staff read it in MSPEC.
 */
export type MasterErrorCode =
  | 'MASTER_FILE_NAME_UNKNOWN'
  | 'MASTER_FILE_UNREADABLE'
  | 'MASTER_ZIP_WITHOUT_MASTER'
  | 'MASTER_CSV_SYNTAX'
  | 'MASTER_COLUMN_COUNT'
  | 'MASTER_CHANGE_TYPE_INVALID'
  | 'MASTER_KIND_MISMATCH'
  | 'MASTER_CODE_INVALID'
  | 'MASTER_DECIMAL_INVALID'
  | 'MASTER_INTEGER_INVALID'
  | 'MASTER_DATE_INVALID'
  | 'MASTER_PATCH_WITHOUT_BASE';

/** 'error': the row (or file) was not loaded. 'warning': loaded, but something needs a look. */
export type MasterErrorSeverity = 'error' | 'warning';

export interface MasterErrorDetails {
  file: string;
  line?: number | undefined;
  /** 項番 (1-based) of the column at fault. */
  column?: number | undefined;
  columnName?: string | undefined;
  /** The master code of the row, when it could be read. */
  masterCode?: string | undefined;
  value?: string | undefined;
  /** Free detail for the message (expected kind, column counts …). */
  expected?: string | undefined;
}

export interface MasterError extends MasterErrorDetails {
  code: MasterErrorCode;
  severity: MasterErrorSeverity;
  message: string;
}

const SEVERITY: Record<MasterErrorCode, MasterErrorSeverity> = {
  MASTER_FILE_NAME_UNKNOWN: 'error',
  MASTER_FILE_UNREADABLE: 'error',
  MASTER_ZIP_WITHOUT_MASTER: 'error',
  MASTER_CSV_SYNTAX: 'error',
  MASTER_COLUMN_COUNT: 'error',
  MASTER_CHANGE_TYPE_INVALID: 'error',
  MASTER_KIND_MISMATCH: 'error',
  MASTER_CODE_INVALID: 'error',
  MASTER_DECIMAL_INVALID: 'error',
  MASTER_INTEGER_INVALID: 'error',
  MASTER_DATE_INVALID: 'error',
  MASTER_PATCH_WITHOUT_BASE: 'warning',
};

const col = (d: MasterErrorDetails): string => (d.column ? `項番${d.column}「${d.columnName ?? ''}」の` : '');

const MESSAGES: Record<MasterErrorCode, (d: MasterErrorDetails) => string> = {
  MASTER_FILE_NAME_UNKNOWN: () =>
    'ファイル名からマスターの種類と日付を判別できません（例: s_ALL20240531.csv, y_20240613.csv, b_20240601.txt, z_20250601.zip）',
  MASTER_FILE_UNREADABLE: (d) => `ファイルを読み込めません${d.expected ? `（${d.expected}）` : ''}`,
  MASTER_ZIP_WITHOUT_MASTER: () => 'ZIPファイルの中にマスターファイル（s_ALL…csv, b_…txt など）がありません',
  MASTER_CSV_SYNTAX: (d) => `CSVの形式が正しくありません（${d.expected ?? '引用符の対応が不正'}）`,
  MASTER_COLUMN_COUNT: (d) => `項目数が足りません（${d.value ?? '?'}項目、${d.expected ?? '?'}項目以上が必要）`,
  MASTER_CHANGE_TYPE_INVALID: (d) => `変更区分「${d.value ?? ''}」は使用できません（0, 1, 2, 3, 5, 9 のいずれか）`,
  MASTER_KIND_MISMATCH: (d) => `マスター種別「${d.value ?? ''}」がファイルの種類「${d.expected ?? ''}」と一致しません`,
  MASTER_CODE_INVALID: (d) => `${col(d)}コード「${d.value ?? ''}」は${d.expected ?? '正しい形式'}ではありません`,
  MASTER_DECIMAL_INVALID: (d) => `${col(d)}値「${d.value ?? ''}」は小数点以下2桁までの数値ではありません`,
  MASTER_INTEGER_INVALID: (d) => `${col(d)}値「${d.value ?? ''}」は整数ではありません`,
  MASTER_DATE_INVALID: (d) => `${col(d)}値「${d.value ?? ''}」は正しい年月日（西暦YYYYMMDD）ではありません`,
  MASTER_PATCH_WITHOUT_BASE: (d) =>
    `コード「${d.masterCode ?? ''}」の変更（変更区分${d.value ?? ''}）の元になる行がありません（基本マスターまたは以前の変更ファイルが未取込の可能性があります）`,
};

export function masterError(code: MasterErrorCode, details: MasterErrorDetails): MasterError {
  return { code, severity: SEVERITY[code], ...details, message: MESSAGES[code](details) };
}

/** `file:line: 項番N 「name」: CODE メッセージ` — one line for logs and the CLI. */
export function formatMasterError(e: MasterError): string {
  const where = e.line === undefined ? e.file : `${e.file}:${e.line}`;
  const code = e.masterCode ? ` [${e.masterCode}]` : '';
  return `${where}:${code} ${e.severity === 'warning' ? '警告' : 'エラー'} ${e.code}: ${e.message}`;
}
