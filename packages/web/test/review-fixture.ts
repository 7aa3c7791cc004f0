/**
 * A generated, intaken, rule-checked and sorted month on a fresh in-memory PGlite, with a
 * committee reviewer, served over a real port by the API server with the built UI — what the
 * browser test drives. Mirrors the setup of packages/api/src/review-routes.test.ts.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '@kokuho/api';
import { readSectionTable, readSortingTable } from '@kokuho/core/review';
import { createTestDatabase, type TestDatabase } from '@kokuho/store';
import { createAccount } from '@kokuho/store/accounts';
import { intakeFiles } from '@kokuho/store/intake';
import { importMasterFiles } from '@kokuho/store/masters';
import { loadRegistryDirectory } from '@kokuho/store/registry';
import { sortMonth } from '@kokuho/store/review';
import { readRuleDirectory, runRulesForMonth } from '@kokuho/store/rules';
import { generateMonth } from '@kokuho/synth';

export const MONTH = '2025-05';
export const REVIEWER = { federation: '13', login: 'shinsa01', password: 'long enough password', displayName: '審査 太郎' } as const;

export interface ReviewFixture {
  k: TestDatabase;
  app: FastifyInstance;
  /** http://127.0.0.1:PORT */
  url: string;
  close(): Promise<void>;
}

export async function startReviewFixture(o: { webRoot: string; claims?: number; seed?: number }): Promise<ReviewFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'kokuho-review-ui-'));
  generateMonth({ federation: '13', month: MONTH, claims: o.claims ?? 250, outDir: dir, seed: o.seed ?? 9, mastersDir: 'data/sample-masters', errorRate: 0.15 });
  const k = await createTestDatabase('pglite');
  try {
    await importMasterFiles(k.db, ['data/sample-masters']);
    await loadRegistryDirectory(k, '13', dir);
    const files = readdirSync(join(dir, 'claims')).sort().map((p) => ({ path: join(dir, 'claims', p, 'RECEIPTC.UKE'), name: `claims/${p}/RECEIPTC.UKE` }));
    await intakeFiles(k, files, { federation: '13', month: MONTH });
    await runRulesForMonth(k, { federation: '13', month: MONTH, ruleSet: readRuleDirectory('rules').ruleSet });
    const table = readSortingTable('review/sorting.csv', readFileSync('review/sorting.csv', 'utf8'));
    if (!table.ok) throw new Error(table.errors.join('\n'));
    const sections = readSectionTable('review/committee-sections.csv', readFileSync('review/committee-sections.csv', 'utf8'));
    if (!sections.ok) throw new Error(sections.errors.join('\n'));
    await sortMonth(k, '13', MONTH, table.value, 5000, undefined, sections.value);
    await createAccount(k, { federation: REVIEWER.federation, login: REVIEWER.login, displayName: REVIEWER.displayName, role: 'committee-reviewer', password: REVIEWER.password });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const app = buildServer({ k, webRoot: o.webRoot });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { k, app, url, close: async () => { await app.close(); await k.dispose(); } };
}
