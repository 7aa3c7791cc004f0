/**
 * Master files from disk: csv/txt as published or inside a zip (b_20240601.zip holds
 * b_20240601.txt). The name says what the file is; a name we cannot read is an error for a file
 * given explicitly, and is passed over (and listed) when it merely sits in a given directory.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { masterError, parseMasterFileName, type MasterError, type MasterFileName } from '@kokuho/core/masters';

export interface MasterFileSource {
  /** The path given (the zip for zipped files). */
  path: string;
  /** The master file's own name (the entry name inside a zip). */
  info: MasterFileName;
  /** The csv bytes as published (Shift_JIS). */
  bytes: Uint8Array;
  /** sha256 of `bytes`: a zip and its extracted csv are the same file. */
  sha256: string;
}

/** File-level problems (unknown name, unreadable zip): nothing is imported when one is raised. */
export class MasterImportError extends Error {
  constructor(readonly errors: MasterError[]) {
    super(errors.map((e) => `${e.file}: ${e.message}`).join('\n'));
    this.name = 'MasterImportError';
  }
}

export interface ReadMasterFiles {
  files: MasterFileSource[];
  /** Files inside given directories whose names are not master file names. */
  ignored: string[];
}

export function readMasterFiles(paths: readonly string[]): ReadMasterFiles {
  const files: MasterFileSource[] = [];
  const ignored: string[] = [];
  const errors: MasterError[] = [];
  const seen = new Set<string>();
  const visit = (path: string, explicit: boolean): void => {
    // A file given both by name and through its directory is read once.
    if (seen.has(resolve(path))) return;
    seen.add(resolve(path));
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (e) {
      errors.push(masterError('MASTER_FILE_UNREADABLE', { file: path, expected: (e as NodeJS.ErrnoException).code ?? String(e) }));
      return;
    }
    if (isDir) {
      for (const name of readdirSync(path).sort()) visit(join(path, name), false);
      return;
    }
    const info = parseMasterFileName(basename(path));
    if (!info) {
      if (explicit) errors.push(masterError('MASTER_FILE_NAME_UNKNOWN', { file: path }));
      else ignored.push(path);
      return;
    }
    const bytes = readFileSync(path);
    if (info.extension !== 'zip') {
      files.push(source(path, info, bytes));
      return;
    }
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(bytes);
    } catch (e) {
      errors.push(masterError('MASTER_FILE_UNREADABLE', { file: path, expected: e instanceof Error ? e.message : String(e) }));
      return;
    }
    const inside = Object.entries(entries).flatMap(([name, data]) => {
      const i = parseMasterFileName(basename(name));
      return i && i.extension !== 'zip' ? [source(path, i, data)] : [];
    });
    if (!inside.length) errors.push(masterError('MASTER_ZIP_WITHOUT_MASTER', { file: path }));
    files.push(...inside);
  };
  for (const p of paths) visit(p, true);
  if (errors.length) throw new MasterImportError(errors);
  return { files, ignored };
}

function source(path: string, info: MasterFileName, bytes: Uint8Array): MasterFileSource {
  return { path, info, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

const KIND_ORDER = 'SYTCBZ';

/** Base files first, then change files by date: the order that rewrites the fewest versions. */
export function importOrder(a: MasterFileSource, b: MasterFileSource): number {
  const k = KIND_ORDER.indexOf(a.info.kind) - KIND_ORDER.indexOf(b.info.kind);
  if (k) return k;
  if (a.info.fileDate !== b.info.fileDate) return a.info.fileDate < b.info.fileDate ? -1 : 1;
  if (a.info.full !== b.info.full) return a.info.full ? -1 : 1;
  return a.info.name < b.info.name ? -1 : a.info.name > b.info.name ? 1 : 0;
}
