/**
 * Reading the UTF-8 CSV files of docs/formats (registry/*.csv, eligibility/*.csv), one line at a
 * time so that callers can stream files of any size. Lines are split by the masters' parseCsvLine:
 * it reads RFC 4180 quoting, which is what the generator writes (quotes only around values with a
 * comma or quote). A value cannot span lines; no registry value contains a line break.
 * Errors are values naming file, 1-based line, column and a Japanese message: a bad row is
 * reported and skipped, the rest of the file is still read.
 */
import { isValidIsoDate, type IsoDate } from '../common/dates.ts';
import { fail, ok, type Result } from '../common/result.ts';
import { parseCsvLine } from '../masters/csv-line.ts';

export interface CsvRowError {
  file: string;
  /** 1-based, the header being line 1. */
  line: number;
  /** Column name as in the header ('' when the whole row is at fault). */
  field: string;
  message: string;
}

export interface CsvHeader {
  file: string;
  columns: ReadonlyMap<string, number>;
  width: number;
}

/** Japanese names of the columns, for messages (docs/formats/registry-csv.md, eligibility-csv.md). */
const COLUMN_LABELS: Readonly<Record<string, string>> = {
  insurerNumber: '保険者番号', kind: '種別', lawNumber: '法別番号', prefecture: '都道府県', name: '氏名・名称', inFederation: '連合会管内',
  providerCode: '医療機関コード', localCode: '医療機関コード（7桁）', feeTable: '点数表', beds: '許可病床数',
  householdId: '世帯ID', householdNumber: '世帯番号', householderName: '世帯主氏名', personId: '個人ID',
  cardSymbol: '記号', cardNumber: '番号', cardBranch: '枝番', previousCardSymbol: '変更前の記号', previousCardNumber: '変更前の番号',
  previousCardBranch: '変更前の枝番', nameKana: 'カナ氏名', sex: '男女区分', birthDate: '生年月日', isHouseholder: '世帯主',
  incomeCategory: '所得区分', acquiredOn: '資格取得年月日', lostOn: '資格喪失年月日', acquireReason: '取得事由', loseReason: '喪失事由',
  payerNumber: '公費負担者番号', recipientNumber: '受給者番号', validFrom: '有効開始日', validTo: '有効終了日', program: '制度名',
  event: '異動区分', eventDate: '異動年月日', reason: '事由コード', reasonLabel: '事由',
};

export const columnLabel = (column: string): string => COLUMN_LABELS[column] ?? column;

/** Reads the header line; every `required` column must be present (others are ignored). */
export function readCsvHeader(file: string, text: string, required: readonly string[]): Result<CsvHeader, CsvRowError> {
  const cells = parseCsvLine(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!cells.ok) return fail({ file, line: 1, field: '', message: `見出し行: ${cells.errors[0]!.reason}` });
  const columns = new Map(cells.value.map((c, i) => [c.trim(), i]));
  const missing = required.filter((c) => !columns.has(c));
  if (missing.length) return fail({ file, line: 1, field: missing[0]!, message: `見出し行に列がありません: ${missing.join(', ')}` });
  return ok({ file, columns, width: cells.value.length });
}

/**
 * One data line, read column by column. Each reader records its own error and returns a
 * placeholder, so that one pass reports every bad value of the row.
 */
export class CsvRow {
  readonly errors: CsvRowError[] = [];
  private constructor(
    private readonly header: CsvHeader,
    readonly line: number,
    private readonly values: readonly string[],
  ) {}

  static parse(header: CsvHeader, line: number, text: string): Result<CsvRow, CsvRowError> {
    const cells = parseCsvLine(text);
    if (!cells.ok) return fail({ file: header.file, line, field: '', message: `${cells.errors[0]!.column}列目: ${cells.errors[0]!.reason}` });
    if (cells.value.length !== header.width) {
      return fail({ file: header.file, line, field: '', message: `列の数が見出しと違います（見出し${header.width}列、この行${cells.value.length}列）` });
    }
    return ok(new CsvRow(header, line, cells.value));
  }

  error(field: string, message: string): void {
    this.errors.push({ file: this.header.file, line: this.line, field, message: `${columnLabel(field)}: ${message}` });
  }

  /** The value as written ('' when empty or the column is absent). */
  text(column: string): string {
    const i = this.header.columns.get(column);
    return i === undefined ? '' : this.values[i]!;
  }

  optional(column: string): string | undefined {
    return this.text(column).trim() || undefined;
  }

  required(column: string): string {
    const v = this.text(column).trim();
    if (v === '') this.error(column, '値がありません');
    return v;
  }

  date(column: string): IsoDate {
    const v = this.required(column);
    if (v !== '' && !isValidIsoDate(v)) this.error(column, `日付が正しくありません（YYYY-MM-DD）: ${v}`);
    return v;
  }

  optionalDate(column: string): IsoDate | undefined {
    const v = this.optional(column);
    if (v !== undefined && !isValidIsoDate(v)) this.error(column, `日付が正しくありません（YYYY-MM-DD）: ${v}`);
    return v;
  }

  bool(column: string): boolean {
    const v = this.required(column);
    if (v === 'true') return true;
    if (v !== 'false' && v !== '') this.error(column, `true または false です: ${v}`);
    return false;
  }

  optionalCount(column: string): number | undefined {
    const v = this.optional(column);
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) this.error(column, `0以上の整数ではありません: ${v}`);
    return Number(v);
  }

  /** A value of a code list; returns it typed, or records an unknown-code error. */
  code<K extends string>(column: string, isCode: (s: string) => s is K): K {
    const v = this.required(column);
    if (v !== '' && !isCode(v)) this.error(column, `定義されていないコードです: ${v}`);
    return v as K;
  }

  optionalCode<K extends string>(column: string, isCode: (s: string) => s is K): K | undefined {
    const v = this.optional(column);
    if (v !== undefined && !isCode(v)) this.error(column, `定義されていないコードです: ${v}`);
    return v as K | undefined;
  }

  /** The row's value, or its errors when any reader recorded one. */
  result<T>(value: T): Result<T, CsvRowError> {
    return this.errors.length ? fail(...this.errors) : ok(value);
  }
}

/** Reads every data line of a whole CSV text (small files, tests) with `toValue`. */
export function readCsvText<T>(
  file: string,
  text: string,
  required: readonly string[],
  toValue: (row: CsvRow) => Result<T, CsvRowError>,
): { values: { line: number; value: T }[]; errors: CsvRowError[] } {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  const values: { line: number; value: T }[] = [];
  const errors: CsvRowError[] = [];
  if (!lines.length) return { values, errors };
  const header = readCsvHeader(file, lines[0]!, required);
  if (!header.ok) return { values, errors: header.errors };
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue; // a blank line carries no row
    const row = CsvRow.parse(header.value, i + 1, lines[i]!);
    const r = row.ok ? toValue(row.value) : row;
    if (r.ok) values.push({ line: i + 1, value: r.value });
    else errors.push(...r.errors);
  }
  return { values, errors };
}
