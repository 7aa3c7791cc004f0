/**
 * A generated month of two neighbouring federations, 13 東京 and 14 神奈川, in one test database: each
 * generated (the generator gives each federation patients insured in its neighbours, 13 and 14 among
 * them), taken in, rule-checked, sorted and posted to the books of the posting month — the realistic
 * input of a settlement run.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FederationCode, YearMonth } from '@kokuho/core/common';
import { readSortingTable } from '@kokuho/core/review';
import { generateMonth } from '@kokuho/synth';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';
import { importMasterFiles } from '../masters/import-master-files.ts';
import { loadRegistryDirectory } from '../registry/load-registry-directory.ts';
import { intakeFiles } from '../intake/intake-files.ts';
import { readRuleDirectory } from '../rules/read-rule-directory.ts';
import { runRulesForMonth } from '../rules/run-rules-month.ts';
import { sortMonth } from '../review/sort-month.ts';
import { postMonth, type PostMonthReport } from '../ledger/post-month.ts';

export interface TwoFederationMonth {
  k: TestDatabase;
  serviceMonth: YearMonth;
  postingMonth: YearMonth;
  posted: Record<'13' | '14', PostMonthReport>;
  dispose(): Promise<void>;
}

export async function twoFederationMonth(o: { claims: number; seed: number }): Promise<TwoFederationMonth> {
  const serviceMonth = '2025-05', postingMonth = '2025-06';
  const k = await createTestDatabase('pglite');
  const root = mkdtempSync(join(tmpdir(), 'kokuho-two-'));
  try {
    await importMasterFiles(k.db, ['data/sample-masters']);
    const ruleSet = readRuleDirectory('rules').ruleSet;
    const table = readSortingTable('review/sorting.csv', readFileSync('review/sorting.csv', 'utf8'));
    assert.ok(table.ok);
    const posted = {} as Record<'13' | '14', PostMonthReport>;
    for (const federation of ['13', '14'] as const satisfies readonly FederationCode[]) {
      const dir = join(root, federation);
      generateMonth({ federation, month: serviceMonth, claims: o.claims, outDir: dir, seed: o.seed + Number(federation), mastersDir: 'data/sample-masters', errorRate: 0.03 });
      await loadRegistryDirectory(k, federation, dir);
      const files = readdirSync(join(dir, 'claims')).sort().map((p) => ({ path: join(dir, 'claims', p, 'RECEIPTC.UKE'), name: `claims/${p}/RECEIPTC.UKE` }));
      await intakeFiles(k, files, { federation, month: serviceMonth });
      await runRulesForMonth(k, { federation, month: serviceMonth, ruleSet });
      await sortMonth(k, federation, serviceMonth, table.value);
      // each federation charges its providers' claims its own fee, so the fees are told apart
      posted[federation] = await postMonth(k, federation, serviceMonth, postingMonth, { postedBy: 'test', reviewFee: () => (federation === '13' ? 60 : 50) });
    }
    return { k, serviceMonth, postingMonth, posted, dispose: () => k.dispose() };
  } catch (e) {
    await k.dispose();
    throw e;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
