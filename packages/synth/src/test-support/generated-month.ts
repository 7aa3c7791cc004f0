/**
 * A generated month for the tests, made once per test file into a temporary directory, with the
 * demo sample master of the repository (data/sample-masters; tests run from the repository root).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { after } from 'node:test';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { YearMonth } from '@kokuho/core/common';
import { parseUkeSync, type UkeEvent } from '@kokuho/core/uke';
import type { GroundTruthEntry } from '../errors/error-kinds.ts';
import { generateMonth, type Manifest } from '../generate/generate-month.ts';
import { loadMasters, type LoadedMasters } from '../masters/load-masters.ts';

export const SAMPLE_MASTERS = 'data/sample-masters';

let masters: LoadedMasters | undefined;
export function sampleMasters(): LoadedMasters {
  return (masters ??= loadMasters(SAMPLE_MASTERS));
}

export interface GeneratedMonth {
  dir: string;
  manifest: Manifest;
  truth: GroundTruthEntry[];
  /** Parsed events of every claim file, by relative path. */
  files: Map<string, UkeEvent[]>;
}

export function generate(month: YearMonth, claims: number, seed = 1, rates: { errorRate?: number; fileErrorRate?: number } = {}): GeneratedMonth {
  const dir = mkdtempSync(join(tmpdir(), 'kokuho-synth-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const manifest = generateMonth({ federation: '13', month, claims, outDir: dir, seed, mastersDir: SAMPLE_MASTERS, masters: sampleMasters(), ...rates });
  const truth = readFileSync(join(dir, 'ground-truth.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GroundTruthEntry);
  const files = new Map<string, UkeEvent[]>();
  for (const f of manifest.files) {
    if (!f.path.endsWith('.UKE')) continue;
    files.set(f.path, parseUkeSync(readFileSync(join(dir, f.path)), { fileName: f.path }));
  }
  return { dir, manifest, truth, files };
}

/** Every file under a directory with its bytes, by relative path. */
export function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/** Rows of a UTF-8 CSV with a header, as objects. */
export function readCsv(path: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const cols = head!.split(',');
  return rows.map((r) => Object.fromEntries(splitCsv(r).map((v, i) => [cols[i]!, v])));
}

function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = '', q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q) {
      if (c === '"' && line[i + 1] === '"') (cur += '"', i++);
      else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ',') (out.push(cur), (cur = ''));
    else cur += c;
  }
  out.push(cur);
  return out;
}
