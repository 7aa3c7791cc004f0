/**
 * Loads one registry CSV into one table, batch by batch: each batch of rows is upserted in its own
 * transaction bound to the federation, so memory and transaction size stay flat whatever the file's
 * size, and a bad row (CSV or validation) is reported with its line while the others are written.
 */
import type { Kysely } from 'kysely';
import type { FederationCode, Result } from '@kokuho/core/common';
import type { CsvRow, CsvRowError } from '@kokuho/core/registry';
import type { KokuhoDb } from '../db/database.ts';
import type { Schema } from '../schema.ts';
import { batchesOf, readCsvFile, type CsvFileItem } from './registry-csv-file.ts';
import { reject, rejectCsvErrors, registryErrorsMessage, type TableLoadReport } from './registry-load-report.ts';
import type { UpsertReport } from './upsert-report.ts';

/** Rows per transaction: a few thousand keeps statements big and transactions short. */
export const LOAD_BATCH_ROWS = 2_000;

export interface RowSource<T> {
  path: string;
  /** As reported: relative to the loaded directory. */
  file: string;
  columns: readonly string[];
  fromCsv: (row: CsvRow) => Result<T, CsvRowError>;
}

/** Counts a batch's items into `table` (read, CSV refusals) and returns the good ones. */
export function goodRows<T>(table: TableLoadReport, items: readonly CsvFileItem<T>[]): { line: number; value: T }[] {
  const good: { line: number; value: T }[] = [];
  for (const item of items) {
    if (item.line > 1) table.read++;
    if (item.ok) good.push(item);
    else rejectCsvErrors(table, item.errors);
  }
  return good;
}

/** Maps an UpsertReport's refusals (indexes into `rows`) back to file lines. */
export function reportUpsert(table: TableLoadReport, file: string, lines: readonly number[], r: UpsertReport): void {
  table.written += r.written;
  for (const x of r.rejected) reject(table, { file, line: lines[x.index]!, message: registryErrorsMessage(x.errors) });
}

export async function loadRows<T, R>(
  k: KokuhoDb,
  federation: FederationCode,
  source: RowSource<T>,
  toRecord: (value: T) => R,
  upsert: (trx: Kysely<Schema>, rows: readonly R[]) => Promise<UpsertReport>,
  table: TableLoadReport,
): Promise<void> {
  for await (const batch of batchesOf(readCsvFile(source.path, source.file, source.columns, source.fromCsv), LOAD_BATCH_ROWS)) {
    const good = goodRows(table, batch);
    if (!good.length) continue;
    const r = await k.withFederation(federation, (trx) => upsert(trx, good.map((g) => toRecord(g.value))));
    reportUpsert(table, source.file, good.map((g) => g.line), r);
  }
}
