/**
 * The 共同事業 aggregates of a service month or a 年度 (April–March), computed from the ledger and
 * rendered as CSV. Nothing is stored: the same books give the same files, and the books of a closed
 * month do not change.
 */
import type { YearMonth } from '@kokuho/core/common';
import { fiscalYearLabel, poolingCsvFiles, summarisePooling, type PoolingFile, type PoolingSummary } from '@kokuho/core/pooling';
import type { KokuhoDb } from '../db/database.ts';
import { poolingClaims, type PoolingSkip } from './pooling-claims.ts';

export type PoolingPeriod = { month: YearMonth } | { fiscalYear: number };

export interface PoolingRun {
  from: YearMonth;
  to: YearMonth;
  /** '2025-05' or '令和7年度'. */
  label: string;
  claims: number;
  skipped: Record<PoolingSkip, number>;
  summary: PoolingSummary;
  files: PoolingFile[];
}

export type PoolingRunErrorCode = 'INVALID_CLAIMS';
export const POOLING_RUN_ERROR_MESSAGES: Record<PoolingRunErrorCode, string> = {
  INVALID_CLAIMS: '帳簿に共同事業の集計に使えないレセプトがあります',
};

export class PoolingRunError extends Error {
  constructor(readonly code: PoolingRunErrorCode, detail: string) {
    super(`${POOLING_RUN_ERROR_MESSAGES[code]}: ${detail}`);
  }
}

export function periodRange(p: PoolingPeriod): { from: YearMonth; to: YearMonth; label: string } {
  if ('month' in p) return { from: p.month, to: p.month, label: p.month };
  const y = String(p.fiscalYear).padStart(4, '0');
  return { from: `${y}-04`, to: `${String(p.fiscalYear + 1).padStart(4, '0')}-03`, label: fiscalYearLabel(p.fiscalYear) };
}

export async function poolingOf(k: KokuhoDb, period: PoolingPeriod): Promise<PoolingRun> {
  const { from, to, label } = periodRange(period);
  const read = await poolingClaims(k, from, to);
  const s = summarisePooling(read.claims);
  if (!s.ok) throw new PoolingRunError('INVALID_CLAIMS', s.errors.slice(0, 5).map((e) => `${read.claims[e.index]?.claimKey ?? ''} ${e.message}`).join('／'));
  return { from, to, label, claims: read.claims.length, skipped: read.skipped, summary: s.value, files: poolingCsvFiles(s.value) };
}
