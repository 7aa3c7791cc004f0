/**
 * Real codes abolished during the months the shared masters cover, to plant 'abolished-code':
 * 医療情報取得加算 (S, ended 2024-11-30 when the マイナ保険証 incentive was reorganised) and
 * generic drugs withdrawn on 2024-09-30 (Y). A code counts for a month only when the loaded
 * masters show that it existed and that every version ended by the month's first day.
 */
import type { YearMonth } from '@kokuho/core/common';
import type { LoadedMasters } from '../masters/load-masters.ts';

export const ABOLISHED_CANDIDATES = {
  procedures: ['111703170', '112708870', '113705270'],
  drugs: ['620000103', '612140595', '610412126'],
} as const;

export function abolishedCodes(m: LoadedMasters, month: YearMonth): { procedures: string[]; drugs: string[] } {
  const first = `${month}-01`;
  const ended = (kind: 'S' | 'Y', code: string): boolean => {
    const vs = m.versions.filter((v) => v.kind === kind && v.code === code);
    return vs.length > 0 && vs.every((v) => v.validTo !== undefined && v.validTo <= first);
  };
  return {
    procedures: ABOLISHED_CANDIDATES.procedures.filter((c) => ended('S', c)),
    drugs: ABOLISHED_CANDIDATES.drugs.filter((c) => ended('Y', c)),
  };
}
