/**
 * How column types come back to JavaScript, the same on both engines:
 * DATE stays an ISO string (no time zone drift), int8/numeric sums become numbers
 * (our totals stay far below 2^53: a year of Japan's claims is ~2.6e13 yen).
 */
export const OID = { int8: 20, numeric: 1700, date: 1082 } as const;

export function parseInt8(v: string): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new RangeError(`integer out of safe range: ${v}`);
  return n;
}

export const identity = (v: string): string => v;
