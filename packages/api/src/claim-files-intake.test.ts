/**
 * POST /api/v1/claim-files through the real intake pipeline (@kokuho/store/intake) on registries
 * loaded from a generated month (loadRegistryDirectory of @kokuho/store/registry): a provider's own
 * file is accepted, the same bytes again are a duplicate, another provider's file is refused, and a
 * token of federation 27 can neither file into 13 nor name 13 in the request.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateMonth } from '@kokuho/synth';
import { issueApiToken } from '@kokuho/store/api-tokens';
import { loadRegistryDirectory } from '@kokuho/store/registry';
import { startTestServer, upload, type TestServer } from './api.test-support.ts';

const MONTH = '2025-05';
let s: TestServer;
let dir: string;
/** Two provider files of federation 13: bytes and the 10-digit code their IR names. */
let files: { provider: string; bytes: Buffer }[];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kokuho-api-'));
  generateMonth({ federation: '13', month: MONTH, claims: 120, outDir: dir, seed: 7, mastersDir: 'data/sample-masters', errorRate: 0, fileErrorRate: 0 });
  s = await startTestServer();
  await loadRegistryDirectory(s.k, '13', dir);
  files = readdirSync(join(dir, 'claims'))
    .sort()
    .slice(0, 2)
    .map((d) => {
      const bytes = readFileSync(join(dir, 'claims', d, 'RECEIPTC.UKE'));
      // IR,審査支払機関,都道府県,点数表,医療機関コード,…: ASCII digits, so latin1 reads them.
      const ir = bytes.toString('latin1', 0, 64).split(',');
      return { provider: `${ir[2]}${ir[3]}${ir[4]}`, bytes };
    });
});
after(async () => {
  await s?.close();
  rmSync(dir, { recursive: true, force: true });
});

const intakeFilesOf = (federation: '13' | '27') =>
  s.k.withFederation(federation, (trx) => trx.selectFrom('intake_files').select(['federation_code', 'provider_code', 'status', 'sha256']).orderBy('file_id').execute());

test('a provider uploads its own file: 201 accepted, then the same bytes again: 200 duplicate', async () => {
  const [a] = files;
  const { secret } = await issueApiToken(s.k, { federation: '13', provider: a!.provider });
  const r = await upload(s.app, { secret, month: MONTH, bytes: a!.bytes });
  assert.equal(r.statusCode, 201, r.body);
  const result = r.json();
  assert.equal(result.status, 'accepted');
  assert.equal(result.provider, a!.provider);
  assert.equal(result.file, 'RECEIPTC.UKE');
  assert.ok(result.claims > 0);
  assert.deepEqual(result.errors, []);

  const again = await upload(s.app, { secret, month: MONTH, bytes: a!.bytes });
  assert.equal(again.statusCode, 200, again.body);
  assert.equal(again.json().status, 'duplicate');
  assert.equal(again.json().sha256, result.sha256);

  // The same bytes from another provider: refused, and nothing of the first file is told.
  const other = await issueApiToken(s.k, { federation: '13', provider: files[1]!.provider });
  const stolen = await upload(s.app, { secret: other.secret, month: MONTH, bytes: a!.bytes });
  assert.equal(stolen.statusCode, 422, stolen.body);
  const body = stolen.json();
  assert.deepEqual(body.errors.map((e: { code: string }) => e.code), ['INT-F006']);
  assert.equal(body.provider, files[1]!.provider);
  assert.equal(body.claims, 0);
  assert.deepEqual(body.findings, { 'INT-F006': 1 });
});

test("a provider uploading another provider's file is refused (422, 受付エラー), nothing of it accepted", async () => {
  const [a, b] = files;
  const { secret } = await issueApiToken(s.k, { federation: '13', provider: a!.provider });
  const r = await upload(s.app, { secret, month: MONTH, bytes: b!.bytes });
  assert.equal(r.statusCode, 422, r.body);
  const body = r.json();
  assert.equal(body.error.code, 'FILE_REFUSED');
  assert.equal(body.status, 'refused');
  // INT-F006: the IR names another provider than the token's (expectProvider reached the intake).
  assert.ok(body.errors.some((e: { code: string; record: string }) => e.code === 'INT-F006' && e.record === 'IR'), r.body);
  assert.equal(body.accepted, 0);
  const accepted = (await intakeFilesOf('13')).filter((f) => f.status === 'accepted');
  assert.ok(!accepted.some((f) => f.provider_code === b!.provider));
});

test('a token of federation 27 cannot act in 13: the federation comes from the token, never the request', async () => {
  const [, b] = files;
  const before13 = await intakeFilesOf('13');
  const { secret } = await issueApiToken(s.k, { federation: '27', provider: '2710000019' });
  const r = await upload(s.app, { secret, query: `month=${MONTH}&federation=13`, bytes: b!.bytes });
  assert.equal(r.statusCode, 422, r.body);
  const codes = r.json().errors.map((e: { code: string }) => e.code);
  // Judged as federation 27's intake: wrong prefecture (INT-F003) and not the token's provider (INT-F006).
  assert.ok(codes.includes('INT-F003') && codes.includes('INT-F006'), r.body);
  assert.deepEqual(await intakeFilesOf('13'), before13, "13's intake is untouched");
  const of27 = await intakeFilesOf('27');
  assert.ok(of27.length > 0);
  for (const f of of27) assert.equal(f.status, 'refused');
});
