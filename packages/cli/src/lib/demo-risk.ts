/**
 * Demo step 6: the second stage of 振分 learns from earlier months' review outcomes, and the demo has
 * one month. So it makes the month before with the same seed (the same population and providers, so
 * the same habits), takes it in, checks and sorts it, and lets the SIMULATED reviewers decide it from
 * its ground truth (simulateReviewers, account `simulated-reviewer`). Idempotent like the rest of the
 * demo: a generated month is reused, files already taken in are skipped, decided claims left alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { addMonths, type FederationCode, type YearMonth } from '@kokuho/core/common';
import type { SortingRow } from '@kokuho/core/review';
import type { KokuhoDb } from '@kokuho/store';
import { intakeFiles } from '@kokuho/store/intake';
import { loadRegistryDirectory } from '@kokuho/store/registry';
import { sortMonth, simulateReviewers, type SimulationReport } from '@kokuho/store/review';
import { runRulesForMonth } from '@kokuho/store/rules';
import { generateMonth, plantedForReview, type GroundTruthEntry } from '@kokuho/synth';
import { SAMPLE_MASTERS } from './paths.ts';
import { storedRules } from './rule-source.ts';
import { expandUkeFiles } from './uke-files.ts';

export interface LabelledMonth {
  month: YearMonth;
  dir: string;
  claims: number;
  simulated: SimulationReport;
}

export async function labelledMonthBefore(k: KokuhoDb, o: { federation: FederationCode; month: YearMonth; claims: number; seed: number; dataDir: string; table: readonly SortingRow[] }): Promise<LabelledMonth> {
  const month = addMonths(o.month, -1);
  const dir = join(o.dataDir, 'demo', `${o.federation}-${month}-${o.claims}-s${o.seed}`);
  if (!existsSync(join(dir, 'manifest.json'))) {
    generateMonth({ federation: o.federation, month, claims: o.claims, outDir: dir, seed: o.seed, mastersDir: SAMPLE_MASTERS, errorRate: 0.08 });
  }
  await loadRegistryDirectory(k, o.federation, dir);
  const files = expandUkeFiles([join(dir, 'claims')]);
  await intakeFiles(k, files.map((f) => ({ path: f, name: relative(dir, f) })), { federation: o.federation, month });
  await runRulesForMonth(k, { federation: o.federation, month, ruleSet: (await storedRules(k, o.federation)).ruleSet });
  const sorted = await sortMonth(k, o.federation, month, o.table);
  const truth = readFileSync(join(dir, 'ground-truth.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GroundTruthEntry);
  const simulated = await simulateReviewers(k, o.federation, month, plantedForReview(truth));
  return { month, dir, claims: sorted.claims, simulated };
}
