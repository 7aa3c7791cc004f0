/**
 * A generated month, taken in, checked and sorted, on a test server with one account per role the
 * review tests need (federation 13, and a reviewer of federation 27), logged in.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@kokuho/core/accounts';
import type { FederationCode } from '@kokuho/core/common';
import { readSectionTable, readSortingTable } from '@kokuho/core/review';
import { generateMonth } from '@kokuho/synth';
import { createAccount } from '@kokuho/store/accounts';
import { intakeFiles } from '@kokuho/store/intake';
import { importMasterFiles } from '@kokuho/store/masters';
import { loadRegistryDirectory } from '@kokuho/store/registry';
import { sortMonth } from '@kokuho/store/review';
import { readRuleDirectory, runRulesForMonth } from '@kokuho/store/rules';
import type { LightMyRequestResponse } from 'fastify';
import { startTestServer, type TestServer } from './api.test-support.ts';

export const MONTH = '2025-05';

export const USERS = {
  reviewer13: { federation: '13', role: 'committee-reviewer' },
  clerk13: { federation: '13', role: 'intake-clerk' },
  admin13: { federation: '13', role: 'admin' }, // may read the review, may not decide
  central13: { federation: '13', role: 'central-staff' }, // 特別審査 of federation 13's claims
  reviewer27: { federation: '27', role: 'committee-reviewer' },
} as const satisfies Record<string, { federation: FederationCode; role: Role }>;
export type User = keyof typeof USERS;

export interface ReviewFixture {
  s: TestServer;
  /** account_id of each user */
  accountIds: Record<User, string>;
  as(user: User | undefined, method: 'GET' | 'POST', url: string, payload?: object): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startReviewFixture(o: { claims: number; seed: number; errorRate: number }): Promise<ReviewFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'kokuho-review-api-'));
  generateMonth({ federation: '13', month: MONTH, claims: o.claims, outDir: dir, seed: o.seed, mastersDir: 'data/sample-masters', errorRate: o.errorRate });
  const s = await startTestServer();
  await importMasterFiles(s.k.db, ['data/sample-masters']);
  await loadRegistryDirectory(s.k, '13', dir);
  const files = readdirSync(join(dir, 'claims')).sort().map((p) => ({ path: join(dir, 'claims', p, 'RECEIPTC.UKE'), name: `claims/${p}/RECEIPTC.UKE` }));
  await intakeFiles(s.k, files, { federation: '13', month: MONTH });
  await runRulesForMonth(s.k, { federation: '13', month: MONTH, ruleSet: readRuleDirectory('rules').ruleSet });
  const table = readSortingTable('review/sorting.csv', readFileSync('review/sorting.csv', 'utf8'));
  assert.ok(table.ok);
  const sections = readSectionTable('review/committee-sections.csv', readFileSync('review/committee-sections.csv', 'utf8'));
  assert.ok(sections.ok);
  await sortMonth(s.k, '13', MONTH, table.value, 5000, undefined, sections.value);
  const cookies: Partial<Record<User, string>> = {};
  const accountIds: Partial<Record<User, string>> = {};
  for (const [login, u] of Object.entries(USERS) as [User, (typeof USERS)[User]][]) {
    accountIds[login] = (await createAccount(s.k, { federation: u.federation, login, displayName: login, role: u.role, password: 'long enough password' })).accountId;
    const r = await s.app.inject({ method: 'POST', url: '/api/v1/session', payload: { federation: u.federation, login, password: 'long enough password' } });
    cookies[login] = String(r.headers['set-cookie']).split(';')[0]!;
  }
  return {
    s,
    accountIds: accountIds as Record<User, string>,
    as: (user, method, url, payload) =>
      s.app.inject({ method, url, ...(user ? { headers: { cookie: cookies[user]! } } : {}), ...(payload ? { payload } : {}) }),
    close: async () => {
      await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
