/**
 * Figures as printed on bills and statements: digits grouped by three with ',' (the form the
 * official 請求書・支払額通知書 use), integers only since money and points are integers in kokuho.
 * A negative amount (返戻・過誤の調整) is written with '△' on many 国保連合会 forms; callers choose.
 */
export interface NumberFormatOptions {
  /** Written before the digits of a negative number. Default '-'; '△' for the accounting style. */
  negativeSign?: string | undefined;
}

function grouped(n: number, what: string, options: NumberFormatOptions): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a safe integer, got ${n}`);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `${options.negativeSign ?? '-'}${digits}` : digits;
}

/** 1234567 → '1,234,567' (no 円 and no ¥: the column label says the unit). */
export function formatYen(n: number, options: NumberFormatOptions = {}): string {
  return grouped(n, 'yen', options);
}

/** Counts (件数, 日数) and points (点数): 12345 → '12,345'. */
export function formatCount(n: number, options: NumberFormatOptions = {}): string {
  return grouped(n, 'count', options);
}
