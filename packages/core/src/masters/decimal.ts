/**
 * Master decimals ('291.00', '16.5', '0') to integer hundredths by string arithmetic, so that
 * 12.30 yen is exactly 1230 and never 1229.9999.
 */
export function decimalToHundredths(s: string): number | undefined {
  const m = /^(-?)(\d{1,13})(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return undefined;
  const n = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' && n !== 0 ? -n : n;
}

/** Hundredths back to the master's notation: 29100 → '291.00'. */
export function hundredthsToDecimal(n: number): string {
  const sign = n < 0 ? '-' : '';
  const a = Math.abs(n);
  return `${sign}${Math.trunc(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
