/**
 * Masters from a directory as published (base zips / full CSVs and change files, in any
 * sub-folder) → the MasterSnapshot of a service month, through the masters engineer's parser and
 * versioning (@kokuho/core/masters). Core has no I/O; this is the file side, kept in synth until a
 * shared loader exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { YearMonth } from '@kokuho/core/common';
import {
  buildMasterSnapshot, deriveVersions, parseMasterFile, parseMasterFileName,
  type MapMasterSnapshot, type MasterRow, type MasterVersion,
} from '@kokuho/core/masters';
import { zipEntries } from './zip-entries.ts';

export interface LoadedMasters {
  versions: MasterVersion[];
  /** File names read, sorted. */
  files: string[];
  /** Months for which every kind the generator prices with (S, Y, T, B) has a file dated no later. */
  coverage: { from: YearMonth; to: YearMonth } | undefined;
  snapshot(month: YearMonth): MapMasterSnapshot;
}

const decoder = new TextDecoder('shift_jis');

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

export function loadMasters(dir: string, onlyCodes?: ReadonlySet<string>): LoadedMasters {
  const rows: MasterRow[] = [];
  const files: string[] = [];
  const add = (name: string, bytes: Buffer): void => {
    const info = parseMasterFileName(name);
    if (!info || info.extension === 'zip') return;
    files.push(name);
    const parsed = parseMasterFile(decoder.decode(bytes), { name, kind: info.kind, fileDate: info.fileDate, full: info.full });
    for (const r of parsed.rows) if (!onlyCodes || onlyCodes.has(r.code)) rows.push(r);
  };
  for (const path of walk(dir, [])) {
    const name = basename(path);
    const info = parseMasterFileName(name);
    if (!info) continue;
    if (info.extension === 'zip') for (const e of zipEntries(readFileSync(path))) add(basename(e.name), e.data);
    else add(name, readFileSync(path));
  }
  files.sort();
  const { versions } = deriveVersions(rows);
  return { versions, files, coverage: coverageOf(files), snapshot: (month) => buildMasterSnapshot(versions, month) };
}

/**
 * The service months the files can price: from the month of the newest full S file (the fee
 * revision in force) to the last month the change files of S and Y reach (a file dated on the 1st
 * closes the month before): a later month may already have changed.
 */
function coverageOf(files: readonly string[]): LoadedMasters['coverage'] {
  let fullS: string | undefined;
  let last: string | undefined;
  for (const f of files) {
    const info = parseMasterFileName(f);
    if (!info) continue;
    if (info.kind === 'S' && info.full) fullS = !fullS || info.fileDate > fullS ? info.fileDate : fullS;
    if ((info.kind === 'S' || info.kind === 'Y') && !info.full) {
      // A change file dated on the 1st only says the month before is complete.
      const upTo = addDays(info.fileDate, -1);
      last = !last || upTo > last ? upTo : last;
    }
  }
  if (!fullS) return undefined;
  // A full file dated the last day of a month is the revision of the next month (s_ALL20240531 → 2024-06).
  const from = addDays(fullS, 1).slice(0, 7);
  const to = last && last.slice(0, 7) >= from ? last.slice(0, 7) : from;
  return { from, to };
}

function addDays(d: string, n: number): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}
