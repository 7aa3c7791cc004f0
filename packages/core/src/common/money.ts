/**
 * Points (点) and yen (円) are integers and never mix: the brands make `points + yen`
 * a compile error. Convert with {@link pointsToYen} only.
 */
declare const pointsBrand: unique symbol;
declare const yenBrand: unique symbol;
export type Points = number & { readonly [pointsBrand]: true };
export type Yen = number & { readonly [yenBrand]: true };

function assertInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a safe integer, got ${n}`);
}

export function points(n: number): Points {
  assertInteger(n, 'points');
  return n as Points;
}

export function yen(n: number): Yen {
  assertInteger(n, 'yen');
  return n as Yen;
}

/** 1点 = 10円 (診療報酬の算定方法). A 割引点数単価 (RE idx 14) may lower the yen per point. */
export function pointsToYen(p: Points, yenPerPoint = 10): Yen {
  return yen(p * yenPerPoint);
}

export function sumPoints(values: Iterable<Points>): Points {
  let total = 0;
  for (const v of values) total += v;
  return points(total);
}
