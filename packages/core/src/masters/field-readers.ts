/**
 * Lenient readers for validated rows: a missing or empty column reads as 0 / '' / undefined, since
 * older layouts lack the newest columns (医薬品 had 40 columns before 2024-10, 42 after).
 */
import type { IsoDate } from '../common/dates.ts';
import { decimalToHundredths } from './decimal.ts';
import { masterDate } from './master-dates.ts';

export const text = (cols: readonly string[], i: number): string => cols[i] ?? '';

export function int(cols: readonly string[], i: number): number {
  const v = cols[i] ?? '';
  return /^-?\d+$/.test(v) ? Number(v) : 0;
}

export const hundredths = (cols: readonly string[], i: number): number => decimalToHundredths(cols[i] ?? '') ?? 0;

export const flag = (cols: readonly string[], i: number): boolean => int(cols, i) !== 0;

export const date = (cols: readonly string[], i: number): IsoDate | undefined => masterDate(cols[i]);
