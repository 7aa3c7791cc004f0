/**
 * What can stop a document from being printed, as values with a Japanese message for the staff who
 * run the monthly jobs: a missing font is the usual one, and its message says what to install.
 * The compiler refuses a new code without its message.
 */
export type PrintErrorCode =
  | 'FONT_NOT_FOUND'
  | 'FONT_FILE_NOT_FOUND'
  | 'FONT_UNREADABLE'
  | 'FONT_COLLECTION_NEEDS_NAME'
  | 'ISSUED_ON_INVALID'
  | 'TABLE_WITHOUT_COLUMNS'
  | 'COLUMN_WIDTH_INVALID'
  | 'ROW_CELL_COUNT';

export interface PrintErrorDetails {
  /** A font file, or the places searched for one. */
  path?: string | undefined;
  /** Where a font path came from: the fontPath option or the KOKUHO_PDF_FONT variable. */
  source?: string | undefined;
  /** The table's caption, or its 1-based number when it has none. */
  table?: string | undefined;
  /** 1-based row (明細) number; 'totals' for the totals row. */
  row?: number | 'totals' | undefined;
  /** 1-based column number. */
  column?: number | undefined;
  value?: string | undefined;
  expected?: string | undefined;
}

export interface PrintProblem {
  code: PrintErrorCode;
  message: string;
  details: PrintErrorDetails;
}

const INSTALL_HINT =
  '`apt-get install fonts-noto-cjk`（または `apt-get install fonts-ipaexfont`）で日本語フォントをインストールするか、環境変数 KOKUHO_PDF_FONT にフォントファイル（.ttf/.otf/.ttc）のパスを指定してください';

const table = (d: PrintErrorDetails): string => `表「${d.table ?? ''}」`;
const row = (d: PrintErrorDetails): string => (d.row === 'totals' ? '合計行' : `${d.row ?? '?'}行目`);

const MESSAGES: Record<PrintErrorCode, (d: PrintErrorDetails) => string> = {
  FONT_NOT_FOUND: (d) => `PDFに使う日本語フォントが見つかりません。${INSTALL_HINT}（探した場所: ${d.path ?? ''}）`,
  FONT_FILE_NOT_FOUND: (d) => `フォントファイル ${d.path ?? ''} がありません（${d.source ?? ''} で指定）。パスを確認するか、${INSTALL_HINT}`,
  FONT_UNREADABLE: (d) => `フォントファイル ${d.path ?? ''} を読み込めません${d.value ? `（${d.value}）` : ''}。TrueType/OpenType の日本語フォントを指定してください`,
  FONT_COLLECTION_NEEDS_NAME: (d) =>
    `フォントファイル ${d.path ?? ''} は複数のフォントをまとめたファイル（.ttc）です。使うフォントのPostScript名（例: NotoSansCJKjp-Regular）を fontName に指定してください`,
  ISSUED_ON_INVALID: (d) => `発行日「${d.value ?? ''}」は正しい年月日（YYYY-MM-DD）ではありません`,
  TABLE_WITHOUT_COLUMNS: (d) => `${table(d)}に列がありません`,
  COLUMN_WIDTH_INVALID: (d) => `${table(d)}の${d.column ?? '?'}列目の幅「${d.value ?? ''}」は正の数ではありません`,
  ROW_CELL_COUNT: (d) => `${table(d)}の${row(d)}の項目数（${d.value ?? '?'}）が列数（${d.expected ?? '?'}）と一致しません`,
};

export function printProblem(code: PrintErrorCode, details: PrintErrorDetails = {}): PrintProblem {
  return { code, message: MESSAGES[code](details), details };
}

/** Thrown (as a rejected promise) by renderPdf; `code` is that of the first problem. */
export class PrintError extends Error {
  readonly code: PrintErrorCode;
  constructor(readonly problems: readonly [PrintProblem, ...PrintProblem[]]) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'PrintError';
    this.code = problems[0].code;
  }
}
