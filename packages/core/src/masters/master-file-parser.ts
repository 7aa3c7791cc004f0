/**
 * Rows of one master file, checked column by column. A bad row becomes a MasterError naming file,
 * line and 項番; the good rows of the same file are returned all the same.
 * The text is already decoded (the caller uses `new TextDecoder('shift_jis')`, which is CP932).
 */
import type { IsoDate } from '../common/dates.ts';
import { compactToIsoDate } from '../common/dates.ts';
import type { ChangeType, MasterKind } from './master-types.ts';
import { CHANGE_TYPE_LABELS } from './master-types.ts';
import { parseCsvLine, splitLines } from './csv-line.ts';
import { decimalToHundredths } from './decimal.ts';
import { isUnsetMasterDate } from './master-dates.ts';
import { MASTER_LAYOUTS, rowCode, type CheckedColumn } from './master-layouts.ts';
import { CODE_PATTERNS, CODE_SHAPES } from './code-kind.ts';
import { masterError, type MasterError } from './master-errors.ts';

export interface MasterFileInfo {
  /** File name as published (inside the zip when zipped): rows cite it. */
  name: string;
  kind: MasterKind;
  fileDate: IsoDate;
  full: boolean;
}

/** One row as published, with where it came from. In change files it may be a partial row. */
export interface MasterRow {
  kind: MasterKind;
  code: string;
  change: ChangeType;
  cols: readonly string[];
  file: string;
  fileDate: IsoDate;
  full: boolean;
  /** 1-based line in the file. */
  line: number;
}

export interface ParsedMasterFile {
  rows: MasterRow[];
  errors: MasterError[];
}

export function parseMasterFile(text: string, info: MasterFileInfo): ParsedMasterFile {
  const rows: MasterRow[] = [];
  const errors: MasterError[] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const r = parseMasterRow(line, i + 1, info);
    if (r.ok) rows.push(r.row);
    else errors.push(...r.errors);
  }
  return { rows, errors };
}

const CHANGE_TYPES = new Set(Object.keys(CHANGE_TYPE_LABELS));

export function parseMasterRow(
  line: string,
  lineNo: number,
  info: MasterFileInfo,
): { ok: true; row: MasterRow } | { ok: false; errors: MasterError[] } {
  const at = { file: info.name, line: lineNo };
  const csv = parseCsvLine(line);
  if (!csv.ok) {
    const p = csv.errors[0]!;
    return { ok: false, errors: [masterError('MASTER_CSV_SYNTAX', { ...at, column: p.column, expected: p.reason })] };
  }
  const cols = csv.value;
  const layout = MASTER_LAYOUTS[info.kind];
  if (cols.length < layout.minColumns) {
    return {
      ok: false,
      errors: [masterError('MASTER_COLUMN_COUNT', { ...at, value: String(cols.length), expected: String(layout.minColumns) })],
    };
  }
  const errors: MasterError[] = [];
  const code = rowCode(info.kind, cols);
  const where = { ...at, masterCode: code || undefined };
  if (!CHANGE_TYPES.has(cols[0]!)) {
    errors.push(masterError('MASTER_CHANGE_TYPE_INVALID', { ...where, column: 1, columnName: '変更区分', value: cols[0] }));
  }
  if (cols[1] !== info.kind) {
    errors.push(masterError('MASTER_KIND_MISMATCH', { ...where, column: 2, columnName: 'マスター種別', value: cols[1], expected: info.kind }));
  }
  if (!CODE_PATTERNS[info.kind].test(code)) {
    errors.push(
      masterError('MASTER_CODE_INVALID', {
        ...where,
        column: layout.code + 1,
        columnName: 'コード',
        value: code,
        expected: CODE_SHAPES[info.kind],
      }),
    );
  }
  for (const c of layout.checked) {
    const v = cols[c.index];
    if (v !== undefined && v !== '' && !valid(c, v)) errors.push(columnError(c, v, where));
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    row: { kind: info.kind, code, change: cols[0] as ChangeType, cols, file: info.name, fileDate: info.fileDate, full: info.full, line: lineNo },
  };
}

function valid(c: CheckedColumn, v: string): boolean {
  switch (c.type) {
    case 'decimal':
      return decimalToHundredths(v) !== undefined;
    case 'int':
      return /^-?\d+$/.test(v);
    case 'date':
      return isUnsetMasterDate(v) || compactToIsoDate(v) !== undefined;
  }
}

function columnError(c: CheckedColumn, value: string, where: { file: string; line: number; masterCode: string | undefined }): MasterError {
  const code = c.type === 'decimal' ? 'MASTER_DECIMAL_INVALID' : c.type === 'int' ? 'MASTER_INTEGER_INVALID' : 'MASTER_DATE_INVALID';
  return masterError(code, { ...where, column: c.index + 1, columnName: c.label, value });
}
