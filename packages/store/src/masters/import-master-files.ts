/**
 * Imports 基本マスター files (full or change, csv/txt or zip, any order) into master_rows and
 * re-derives master_versions for the codes each file touches. One transaction per file: a file is
 * either imported with its versions or not at all. Importing a file already imported (same
 * sha256) does nothing; a file of a known name with new content replaces the old rows.
 * Bad rows are reported (file, line, 項番) and left out; the good rows of the file are imported.
 */
import { sql, type Kysely } from 'kysely';
import { parseMasterFile, type MasterError, type MasterKind } from '@kokuho/core/masters';
import type { Schema } from '../schema.ts';
import { importOrder, readMasterFiles, type MasterFileSource, type ReadMasterFiles } from './master-file-reader.ts';
import { rederiveVersions } from './rederive-versions.ts';
import { rowToTable } from './version-rows.ts';

/** Rows per insert into master_rows (8 parameters each). */
const ROWS_PER_INSERT = 500;
/** Imports of masters are serialised: two at once would re-derive the same codes concurrently. */
const IMPORT_LOCK = 7_303_001;

export interface MasterFileReport {
  /** The master file's name (inside the zip when zipped). */
  file: string;
  /** The path given or found in a given directory. */
  path: string;
  kind: MasterKind;
  fileDate: string;
  full: boolean;
  /** imported: new file; replaced: same name, new content; skipped: already imported. */
  status: 'imported' | 'replaced' | 'skipped';
  /** For skipped files: the file name under which the same content was imported. */
  sameAs?: string;
  /** Rows loaded (bad rows excluded). */
  rows: number;
  /** Codes whose versions were re-derived. */
  codes: number;
  versionsCreated: number;
  versionsRemoved: number;
  /** Bad rows (severity 'error', not loaded) and warnings about this file's rows. */
  errors: MasterError[];
  ms: number;
}

export interface MasterImportReport {
  files: MasterFileReport[];
  /** Files in given directories that are not master files by name. */
  ignored: string[];
}

export interface ImportOptions {
  /** Called after each file, e.g. to print progress. */
  onFile?: (report: MasterFileReport) => void;
}

/**
 * @throws MasterImportError before importing anything when a given file's name is not a master
 * file name or a zip cannot be read.
 */
export async function importMasterFiles(db: Kysely<Schema>, paths: readonly string[], opts: ImportOptions = {}): Promise<MasterImportReport> {
  return importMasterSources(db, readMasterFiles(paths), opts);
}

/** The same, for files already read (callers that check the files before opening the database). */
export async function importMasterSources(db: Kysely<Schema>, read: ReadMasterFiles, opts: ImportOptions = {}): Promise<MasterImportReport> {
  const { files, ignored } = read;
  const reports: MasterFileReport[] = [];
  for (const f of [...files].sort(importOrder)) {
    const r = await importOne(db, f);
    reports.push(r);
    opts.onFile?.(r);
  }
  return { files: reports, ignored };
}

async function importOne(db: Kysely<Schema>, f: MasterFileSource): Promise<MasterFileReport> {
  const started = performance.now();
  const { info } = f;
  const report: MasterFileReport = {
    file: info.name,
    path: f.path,
    kind: info.kind,
    fileDate: info.fileDate,
    full: info.full,
    status: 'imported',
    rows: 0,
    codes: 0,
    versionsCreated: 0,
    versionsRemoved: 0,
    errors: [],
    ms: 0,
  };
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
    const same = await trx.selectFrom('master_imports').select('file_name').where('sha256', '=', f.sha256).executeTakeFirst();
    if (same) {
      report.status = 'skipped';
      report.sameAs = same.file_name;
      return;
    }
    const previous = await trx.selectFrom('master_imports').select('file_name').where('file_name', '=', info.name).executeTakeFirst();
    const oldCodes = previous
      ? (await trx.selectFrom('master_rows').select('code').distinct().where('file_name', '=', info.name).execute()).map((r) => r.code)
      : [];
    if (previous) {
      report.status = 'replaced';
      await trx.deleteFrom('master_imports').where('file_name', '=', info.name).execute(); // rows cascade
    }
    const parsed = parseMasterFile(new TextDecoder('shift_jis').decode(f.bytes), info);
    report.rows = parsed.rows.length;
    report.errors.push(...parsed.errors);
    await trx
      .insertInto('master_imports')
      .values({
        file_name: info.name,
        sha256: f.sha256,
        kind: info.kind,
        file_date: info.fileDate,
        full_file: info.full,
        row_count: parsed.rows.length,
        error_count: parsed.errors.length,
      })
      .execute();
    for (let i = 0; i < parsed.rows.length; i += ROWS_PER_INSERT) {
      await trx.insertInto('master_rows').values(parsed.rows.slice(i, i + ROWS_PER_INSERT).map(rowToTable)).execute();
    }
    const codes = [...new Set([...oldCodes, ...parsed.rows.map((r) => r.code)])].sort();
    report.codes = codes.length;
    const d = await rederiveVersions(trx, info.kind, codes);
    report.versionsCreated = d.created;
    report.versionsRemoved = d.removed;
    // Warnings about other files' rows (still waiting for their base) were reported with those files.
    report.errors.push(...d.warnings.filter((w) => w.file === info.name));
  });
  report.ms = Math.round(performance.now() - started);
  return report;
}
