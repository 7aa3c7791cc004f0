/**
 * Where 振分 put each claim of a month (queue and stage), by file name and レセプト番号: the input of
 * a comparison with a generated month's ground truth (risk-eval, tests).
 */
import type { FederationCode, YearMonth } from '@kokuho/core/common';
import type { KokuhoDb } from '../db/database.ts';

export interface SortedClaimRow {
  file: string;
  receiptNumber: number;
  queue: string;
  stage: number;
}

export async function sortedClaims(k: KokuhoDb, federation: FederationCode, month: YearMonth): Promise<SortedClaimRow[]> {
  return k.withFederation(federation, async (trx) => (await trx.selectFrom('review_items as i')
    .innerJoin('claims as c', (j) => j.onRef('c.federation_code', '=', 'i.federation_code').onRef('c.file_id', '=', 'i.file_id').onRef('c.seq', '=', 'i.seq'))
    .innerJoin('intake_files as f', (j) => j.onRef('f.federation_code', '=', 'c.federation_code').onRef('f.file_id', '=', 'c.file_id'))
    .select(['f.file_name', 'c.receipt_number', 'i.queue', 'i.stage'])
    .where('i.service_month', '=', month).where('c.state', '=', 'current')
    .orderBy('i.file_id').orderBy('i.seq').execute())
    .map((r) => ({ file: r.file_name, receiptNumber: r.receipt_number, queue: r.queue, stage: r.stage })));
}
