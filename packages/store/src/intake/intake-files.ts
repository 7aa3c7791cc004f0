/**
 * 受付 of many files in one run (a month's directory): one session (masters, registries read once),
 * files one after another, and the totals a clerk reads.
 */
import { sql } from 'kysely';
import type { KokuhoDb } from '../db/database.ts';
import type { ClaimFileSource } from './file-source.ts';
import { intakeFileInSession } from './intake-file.ts';
import { openIntakeSession } from './intake-session.ts';
import type { FileIntakeResult, IntakeOptions } from './intake-types.ts';

export interface IntakeSummary {
  federation: string;
  month: string;
  files: number;
  filesAccepted: number;
  filesRefused: number;
  /** files whose bytes were accepted before (nothing stored) */
  filesDuplicate: number;
  claims: number;
  accepted: number;
  acceptedWithFindings: number;
  returned: number;
  duplicates: number;
  /** claims of refused files (not stored: the provider sends the file again) */
  refused: number;
  outOfPrefecture: number;
  findings: Record<string, number>;
  /** no master rows: codes and points were not judged */
  mastersMissing: boolean;
  results: FileIntakeResult[];
}

export function emptySummary(federation: string, month: string): IntakeSummary {
  return {
    federation, month, files: 0, filesAccepted: 0, filesRefused: 0, filesDuplicate: 0, claims: 0, accepted: 0, acceptedWithFindings: 0,
    returned: 0, duplicates: 0, refused: 0, outOfPrefecture: 0, findings: {}, mastersMissing: false, results: [],
  };
}

export function addToSummary(s: IntakeSummary, r: FileIntakeResult): void {
  s.files++;
  s.results.push(r);
  s.claims += r.claims;
  if (r.status === 'accepted') s.filesAccepted++;
  else if (r.status === 'refused') { s.filesRefused++; s.refused += r.claims; }
  else s.filesDuplicate++;
  s.accepted += r.accepted;
  s.acceptedWithFindings += r.acceptedWithFindings;
  s.returned += r.returned;
  s.duplicates += r.duplicates;
  s.outOfPrefecture += r.outOfPrefecture;
  for (const [code, n] of Object.entries(r.findings)) s.findings[code] = (s.findings[code] ?? 0) + n;
}

export async function intakeFiles(k: KokuhoDb, sources: readonly ClaimFileSource[], opts: IntakeOptions & { onFile?: (r: FileIntakeResult) => void }): Promise<IntakeSummary> {
  const session = await openIntakeSession(k, opts.federation);
  const summary = emptySummary(opts.federation, opts.month);
  summary.mastersMissing = session.mastersMissing;
  let sinceAnalyze = 0;
  for (const src of sources) {
    const r = await intakeFileInSession(session, src, opts);
    addToSummary(summary, r);
    opts.onFile?.(r);
    // Fresh statistics as the month grows: planned on an empty table, the lookups of later batches
    // would scan instead of using the indexes.
    sinceAnalyze += r.claims;
    if (sinceAnalyze >= Math.max(5_000, summary.claims / 4)) {
      await analyzeIntakeTables(k);
      sinceAnalyze = 0;
    }
  }
  return summary;
}

/** One file (the HTTP upload). */
export async function intakeFile(k: KokuhoDb, source: ClaimFileSource, opts: IntakeOptions): Promise<FileIntakeResult> {
  return intakeFileInSession(await openIntakeSession(k, opts.federation), source, opts);
}

export async function analyzeIntakeTables(k: KokuhoDb): Promise<void> {
  await sql`analyze intake_files, claims, claim_findings`.execute(k.db);
}
