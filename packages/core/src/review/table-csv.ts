/**
 * The review's tables (振分・部会) are CSV files staff edit: this reads one by its header's column
 * names, skipping blank and `#` lines, and names the file and line of every row it cannot read.
 */
import type { Result } from '../common/result.ts';
import { parseCsvLine, splitLines } from '../masters/csv-line.ts';

export interface TableCsvRow {
  line: number;
  /** The trimmed value of a column by its header name ('' when absent). */
  get(name: string): string;
}

export function readTableCsv(file: string, text: string, head: readonly string[]): Result<TableCsvRow[], string> {
  const lines = splitLines(text);
  const first = parseCsvLine(lines[0] ?? '');
  if (!first.ok || head.some((h) => !first.value.includes(h))) return { ok: false, errors: [`${file}:1 見出し行に ${head.join(',')} が必要です`] };
  const names = first.value;
  const rows: TableCsvRow[] = [];
  const errors: string[] = [];
  lines.slice(1).forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const v = parseCsvLine(raw);
    if (!v.ok) return void errors.push(`${file}:${i + 2} CSVの形式が正しくありません`);
    rows.push({ line: i + 2, get: (name) => (v.value[names.indexOf(name)] ?? '').trim() });
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: rows };
}

/** A `kinds` cell: `*` (or empty) for every kind of claim, else kinds separated by spaces. */
export function kindsOf(cell: string): string[] {
  return cell === '*' ? [] : cell.split(/\s+/).filter(Boolean);
}
