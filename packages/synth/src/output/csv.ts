/** UTF-8 CSV lines (RFC 4180 quoting only where needed), LF line ends. */
export function csvLine(values: readonly (string | number | boolean | undefined)[]): string {
  return `${values.map(csvValue).join(',')}\n`;
}

function csvValue(v: string | number | boolean | undefined): string {
  if (v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
