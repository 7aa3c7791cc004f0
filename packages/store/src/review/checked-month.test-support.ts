/**
 * A generated month of federation 13 on a fresh test database: masters, registries and claims taken
 * in, the repository's rules run over it, and (unless told not to) sorted with the repository's table.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { YearMonth } from '@kokuho/core/common';
import { readSortingTable, type SortingRow } from '@kokuho/core/review';
import { generateMonth } from '@kokuho/synth';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';
import type { Engine } from '../db/database.ts';
import { importMasterFiles } from '../masters/import-master-files.ts';
import { loadRegistryDirectory } from '../registry/load-registry-directory.ts';
import { intakeFiles, type IntakeSummary } from '../intake/intake-files.ts';
import { readRuleDirectory } from '../rules/read-rule-directory.ts';
import { runRulesForMonth, type RuleRunReport } from '../rules/run-rules-month.ts';
import { sortMonth, type SortReport } from './sort-month.ts';

export interface CheckedMonth {
  k: TestDatabase;
  month: YearMonth;
  intake: IntakeSummary;
  rules: RuleRunReport;
  sorted: SortReport | undefined;
  table: SortingRow[];
  dispose(): Promise<void>;
}

export async function checkedMonth(o: { claims: number; seed: number; errorRate: number; engine?: Engine; month?: YearMonth; sort?: boolean }): Promise<CheckedMonth> {
  const month = o.month ?? '2025-05';
  const dir = mkdtempSync(join(tmpdir(), 'kokuho-checked-'));
  const k = await createTestDatabase(o.engine ?? 'pglite');
  try {
    generateMonth({ federation: '13', month, claims: o.claims, outDir: dir, seed: o.seed, mastersDir: 'data/sample-masters', errorRate: o.errorRate });
    await importMasterFiles(k.db, ['data/sample-masters']);
    await loadRegistryDirectory(k, '13', dir);
    const files = readdirSync(join(dir, 'claims')).sort().map((p) => ({ path: join(dir, 'claims', p, 'RECEIPTC.UKE'), name: `claims/${p}/RECEIPTC.UKE` }));
    const intake = await intakeFiles(k, files, { federation: '13', month });
    const rules = await runRulesForMonth(k, { federation: '13', month, ruleSet: readRuleDirectory('rules').ruleSet });
    const table = readSortingTable('review/sorting.csv', readFileSync('review/sorting.csv', 'utf8'));
    assert.ok(table.ok);
    const sorted = o.sort === false ? undefined : await sortMonth(k, '13', month, table.value);
    return { k, month, intake, rules, sorted, table: table.value, dispose: () => k.dispose() };
  } catch (e) {
    await k.dispose();
    throw e;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
