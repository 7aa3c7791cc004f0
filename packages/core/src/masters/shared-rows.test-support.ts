/**
 * Test support: rows of the real master files under ../shared/data/masters (paths relative to the
 * repository root, where the tests run). Zipped base files are not read here (core has no unzip):
 * tests quote their rows verbatim, citing file and line.
 */
import { readFileSync } from 'node:fs';
import { splitLines } from './csv-line.ts';
import { parseMasterFileName } from './master-file-name.ts';
import { parseMasterRow, type MasterRow } from './master-file-parser.ts';

export const SHARED_MASTERS = '../shared/data/masters';

const cache = new Map<string, string[]>();

function linesOf(path: string): string[] {
  let lines = cache.get(path);
  if (!lines) {
    lines = splitLines(new TextDecoder('shift_jis').decode(readFileSync(path)));
    cache.set(path, lines);
  }
  return lines;
}

/** Row `line` (1-based) of an update file, e.g. sharedRow('updates/t_20240531.csv', 1). */
export function sharedRow(relative: string, line: number): MasterRow {
  const name = relative.slice(relative.lastIndexOf('/') + 1);
  return quotedRow(name, line, linesOf(`${SHARED_MASTERS}/${relative}`)[line - 1]!);
}

/** A row quoted from a file (for rows of zipped base files). */
export function quotedRow(fileName: string, line: number, text: string): MasterRow {
  const info = parseMasterFileName(fileName);
  if (!info) throw new Error(`not a master file name: ${fileName}`);
  const r = parseMasterRow(text, line, info);
  if (!r.ok) throw new Error(`${fileName}:${line}: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.row;
}
