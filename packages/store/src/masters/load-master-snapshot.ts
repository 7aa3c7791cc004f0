/**
 * The masters in force on a day or in a service month, loaded whole into memory (~65,000 entries
 * for the 2024–2025 masters): claims are then checked against Map lookups, not queries.
 */
import { sql, type Kysely } from 'kysely';
import type { IsoDate, YearMonth } from '@kokuho/core/common';
import { isValidIsoDate } from '@kokuho/core/common';
import { buildMasterSnapshot, kindOfCode, periodOf, type MapMasterSnapshot, type MasterVersion } from '@kokuho/core/masters';
import type { Schema } from '../schema.ts';
import { versionFromTable } from './version-rows.ts';

const COLUMNS = ['kind', 'code', 'valid_from', 'valid_to', 'cols', 'source_file', 'source_line'] as const;

export function isDayOrMonth(at: string): at is IsoDate | YearMonth {
  return isValidIsoDate(at) || (/^\d{4}-(0[1-9]|1[0-2])$/.test(at));
}

/**
 * `at` is 'YYYY-MM-DD' (the versions in force that day) or 'YYYY-MM' (a service month: the versions
 * in force on the first day, plus codes that take effect later in the month; see master-snapshot.ts).
 */
export async function loadMasterSnapshot(db: Kysely<Schema>, at: IsoDate | YearMonth): Promise<MapMasterSnapshot> {
  if (!isDayOrMonth(at)) throw new RangeError(`not a day (YYYY-MM-DD) or month (YYYY-MM): ${at}`);
  const { start, end } = periodOf(at);
  const rows = await db
    .selectFrom('master_versions')
    .select(COLUMNS)
    .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<', end)]))
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', start)]))
    .execute();
  return buildMasterSnapshot(rows.map(versionFromTable), at);
}

/** Every version of one code, oldest first ([] for an unknown code or code shape). */
export async function findMasterVersions(db: Kysely<Schema>, code: string): Promise<MasterVersion[]> {
  const kind = kindOfCode(code);
  if (!kind) return [];
  const rows = await db
    .selectFrom('master_versions')
    .select(COLUMNS)
    .where('kind', '=', kind)
    .where('code', '=', code)
    .orderBy(sql`valid_from nulls first`)
    .execute();
  return rows.map(versionFromTable);
}

export interface MasterImportLogEntry {
  file: string;
  kind: string;
  fileDate: string;
  full: boolean;
  rows: number;
  errors: number;
  sha256: string;
  importedAt: Date;
}

/** What has been imported, by kind and file date. */
export async function listMasterImports(db: Kysely<Schema>): Promise<MasterImportLogEntry[]> {
  const rows = await db.selectFrom('master_imports').selectAll().orderBy('kind').orderBy('file_date').orderBy('full_file', 'desc').execute();
  return rows.map((r) => ({
    file: r.file_name,
    kind: r.kind,
    fileDate: r.file_date,
    full: r.full_file,
    rows: r.row_count,
    errors: r.error_count,
    sha256: r.sha256,
    importedAt: r.imported_at,
  }));
}
