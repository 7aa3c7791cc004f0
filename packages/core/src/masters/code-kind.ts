/**
 * Which master a code belongs to, from its shape (MSPEC 1(1)): 傷病名 7 digits, 修飾語 4 digits,
 * 9 digits by first digit: 1 医科診療行為, 6 医薬品, 7 特定器材, 8 コメント.
 */
import type { MasterKind } from './master-types.ts';

export const CODE_PATTERNS: Record<MasterKind, RegExp> = {
  S: /^1\d{8}$/,
  Y: /^6\d{8}$/,
  T: /^7\d{8}$/,
  C: /^8\d{8}$/,
  B: /^\d{7}$/,
  Z: /^\d{4}$/,
};

export const CODE_SHAPES: Record<MasterKind, string> = {
  S: '1で始まる数字9桁',
  Y: '6で始まる数字9桁',
  T: '7で始まる数字9桁',
  C: '8で始まる数字9桁',
  B: '数字7桁',
  Z: '数字4桁',
};

export function kindOfCode(code: string): MasterKind | undefined {
  for (const kind of ['S', 'Y', 'T', 'C', 'B', 'Z'] as const) if (CODE_PATTERNS[kind].test(code)) return kind;
  return undefined;
}
