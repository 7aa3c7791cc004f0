/**
 * From the rows of full and change files to, per code, the versions in force over time.
 *
 * Rows of one code are replayed in publication order (file date; a full file before a change file
 * of the same date; then line). Each publication holds one current row per code:
 * - a full-file row, or a 新規 (3) row, replaces it;
 * - a change-file 変更 (5), 廃止 (9) or 復活 (2) row carries only the columns that changed
 *   (the others are '') and is merged over it column by column;
 * - 抹消 (1) withdraws the code.
 * The resulting row takes effect on its own 変更年月日. A change row without one corrects the
 * version in force (s_20240628.csv fixes 施設基準 columns of the 2024-06-01 revision that way), except
 * 復活, which takes effect on the file date. A full or new row without 変更年月日 falls back on
 * 収載年月日, then on the file date for change files, and on "since before our first file" for full
 * files (most 傷病名 and 修飾語 carry no date at all).
 * A version taking effect on day E supersedes whatever earlier files said about days ≥ E: later
 * publications know better. 廃止年月日 is the last day of use: a version ends the day after.
 */
import type { IsoDate } from '../common/dates.ts';
import type { MasterEntry, MasterKind } from './master-types.ts';
import type { MasterRow } from './master-file-parser.ts';
import { MASTER_LAYOUTS } from './master-layouts.ts';
import { isBefore, masterDate, nextDay } from './master-dates.ts';
import { toMasterEntry } from './master-entry.ts';
import { masterError, type MasterError } from './master-errors.ts';

export interface MasterVersion<E extends MasterEntry = MasterEntry> {
  kind: MasterKind;
  code: string;
  /** First day in force; undefined = since before the earliest file held. */
  validFrom: IsoDate | undefined;
  /** First day no longer in force (exclusive); undefined = still in force. */
  validTo: IsoDate | undefined;
  /** The complete row (change rows merged over their predecessor). */
  cols: readonly string[];
  entry: E;
  /** The row that produced this version. */
  source: { file: string; line: number };
}

export interface DerivedVersions {
  versions: MasterVersion[];
  /** Change rows that had nothing to apply to (e.g. their base file is not imported yet). */
  warnings: MasterError[];
}

interface Step {
  from: IsoDate | undefined;
  /** null = withdrawn (抹消) from `from` on. */
  cols: readonly string[] | null;
  source: { file: string; line: number };
}

export function compareRows(a: MasterRow, b: MasterRow): number {
  if (a.fileDate !== b.fileDate) return a.fileDate < b.fileDate ? -1 : 1;
  if (a.full !== b.full) return a.full ? -1 : 1;
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line;
}

/** Versions of every code found in `rows` (any order, any mix of kinds and files), by kind and code. */
export function deriveVersions(rows: Iterable<MasterRow>): DerivedVersions {
  const groups = new Map<string, MasterRow[]>();
  for (const r of rows) {
    const key = `${r.kind}:${r.code}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const versions: MasterVersion[] = [];
  const warnings: MasterError[] = [];
  // Sorted by kind and code so that the output does not depend on the order of the input.
  for (const key of [...groups.keys()].sort()) {
    const g = groups.get(key)!;
    g.sort(compareRows);
    const steps = replay(g, warnings);
    versions.push(...toVersions(g[0]!.kind, g[0]!.code, steps));
  }
  return { versions, warnings };
}

function replay(rows: readonly MasterRow[], warnings: MasterError[]): Step[] {
  let steps: Step[] = [];
  let current: readonly string[] | undefined;
  for (const row of rows) {
    const layout = MASTER_LAYOUTS[row.kind];
    const source = { file: row.file, line: row.line };
    const own = masterDate(row.cols[layout.changedOn]);
    if (row.change === '1') {
      const from = own ?? (row.full ? undefined : row.fileDate);
      steps = cut(steps, from);
      steps.push({ from, cols: null, source });
      current = undefined;
      continue;
    }
    const patch = !row.full && (row.change === '5' || row.change === '9' || row.change === '2');
    let cols: readonly string[];
    let from: IsoDate | undefined;
    if (patch) {
      if (!current) {
        warnings.push(
          masterError('MASTER_PATCH_WITHOUT_BASE', { file: row.file, line: row.line, masterCode: row.code, value: row.change }),
        );
        continue;
      }
      cols = merge(current, row.cols);
      from = own ?? (row.change === '2' ? row.fileDate : steps[steps.length - 1]!.from);
    } else {
      cols = row.cols;
      from = own ?? masterDate(layout.listedOn === undefined ? undefined : cols[layout.listedOn]) ?? (row.full ? undefined : row.fileDate);
    }
    // A 廃止 row may date its change after the last day of use (変更 20241201, 廃止 20241130):
    // what was in force must still end on the day after 廃止年月日.
    const abolished = masterDate(cols[layout.abolishedOn]);
    if (abolished !== undefined && from !== undefined && nextDay(abolished) < from) from = nextDay(abolished);
    steps = cut(steps, from);
    steps.push({ from, cols, source });
    current = cols;
  }
  return steps;
}

/** Keeps the steps that begin before `from`: a newer publication rewrites the rest. */
function cut(steps: Step[], from: IsoDate | undefined): Step[] {
  return steps.filter((s) => isBefore(s.from, from));
}

function merge(base: readonly string[], patch: readonly string[]): string[] {
  const out = new Array<string>(Math.max(base.length, patch.length));
  for (let i = 0; i < out.length; i++) {
    const p = patch[i];
    out[i] = p !== undefined && p !== '' ? p : (base[i] ?? '');
  }
  return out;
}

function toVersions(kind: MasterKind, code: string, steps: readonly Step[]): MasterVersion[] {
  const out: MasterVersion[] = [];
  const layout = MASTER_LAYOUTS[kind];
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i]!;
    if (s.cols === null) continue;
    let validTo = steps[i + 1]?.from;
    const abolished = masterDate(s.cols[layout.abolishedOn]);
    if (abolished !== undefined) {
      const end = nextDay(abolished);
      if (validTo === undefined || end < validTo) validTo = end;
    }
    if (validTo !== undefined && !isBefore(s.from, validTo)) continue;
    out.push({ kind, code, validFrom: s.from, validTo, cols: s.cols, entry: toMasterEntry(kind, s.cols), source: s.source });
  }
  return out;
}
