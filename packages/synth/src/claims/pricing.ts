/**
 * Points from the MasterSnapshot of the service month, by the 点数表's rules:
 * - a procedure: 新又は現点数, plus きざみ steps by 数量データ (meals, films, units, minutes);
 * - drugs of one 剤: Σ 薬価 × 使用量 for one day's (or one dose's) amount; 15円以下 → 1点,
 *   otherwise 1 + ⌈(円 − 15) / 10⌉ (算定方法 別表第一 第2部 第5節 注);
 * - a device: 価格 × 使用量 / 10, rounded half up.
 * Amounts are held in thousandths so that nothing here is floating point.
 */
import type { MasterSnapshot, ProcedureEntry } from '@kokuho/core/masters';

export class MissingCodeError extends Error {}

export function procedureEntry(m: MasterSnapshot, code: string): ProcedureEntry {
  const e = m.procedure(code);
  if (!e) throw new MissingCodeError(`診療行為 ${code} is not in the masters of ${m.date}`);
  return e;
}

/** Points × 100 of one procedure with its 数量データ (きざみ applied). */
export function procedurePoints100(m: MasterSnapshot, code: string, quantity?: number): number {
  const e = procedureEntry(m, code);
  let p = e.points100;
  if (e.step && quantity !== undefined && quantity > e.step.lower) {
    p += Math.ceil((quantity - e.step.lower) / e.step.step) * e.step.points100;
  }
  return p;
}

/** Whole points of a procedure; the master's few half-point values are rounded half up. */
export function procedurePoints(m: MasterSnapshot, code: string, quantity?: number): number {
  return Math.floor((procedurePoints100(m, code, quantity) + 50) / 100);
}

export const toThousandths = (amount: number): number => Math.round(amount * 1000);

/** Yen × 100 000 of a drug amount: price100 (yen/100) × amount (1/1000). */
export function drugYen100k(m: MasterSnapshot, code: string, amount: number): number {
  const e = m.drug(code);
  if (!e) throw new MissingCodeError(`医薬品 ${code} is not in the masters of ${m.date}`);
  return e.price100 * toThousandths(amount);
}

/** Points of one 剤 from the yen of its drugs (×100 000). */
export function zaiPoints(yen100k: number): number {
  const limit = 15 * 100_000;
  if (yen100k <= limit) return 1;
  return 1 + Math.ceil((yen100k - limit) / 1_000_000);
}

export function drugUnitPoints(m: MasterSnapshot, drugs: readonly { code: string; amount: number }[]): number {
  let y = 0;
  for (const d of drugs) y += drugYen100k(m, d.code, d.amount);
  return zaiPoints(y);
}

/** Points of a device: 価格 × 使用量 / 10, rounded half up. */
export function devicePoints(m: MasterSnapshot, code: string, amount: number): number {
  const e = m.device(code);
  if (!e) throw new MissingCodeError(`特定器材 ${code} is not in the masters of ${m.date}`);
  const yen100k = e.price100 * toThousandths(amount);
  return Math.floor((yen100k + 500_000) / 1_000_000);
}
