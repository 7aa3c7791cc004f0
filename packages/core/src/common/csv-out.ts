/**
 * CSV as kokuho writes it for people and other systems: a field is quoted only when it holds a quote,
 * comma or line break; lines end in CRLF (what Windows software and the providers' systems read).
 * Encoding (UTF-8 or Shift_JIS) is the caller's.
 */
export const CSV_EOL = '\r\n';

export function csvCell(v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (cells: readonly (string | number | undefined)[]): string => cells.map(csvCell).join(',') + CSV_EOL;
