/**
 * POST /api/v1/check: the pre-check of a file through HTTP runs the federation's loaded rules and the
 * clerical checks, answers 200 with explained findings and stores nothing; a disabled rule (the
 * token's federation's adoption) is not run.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { issueApiToken } from '@kokuho/store/api-tokens';
import { importMasterFiles } from '@kokuho/store/masters';
import { loadRuleSet, readRuleDirectory, saveAdoption } from '@kokuho/store/rules';
import { startTestServer, type TestServer } from './api.test-support.ts';

let s: TestServer;
let secret: string;
before(async () => {
  s = await startTestServer();
  await importMasterFiles(s.k.db, ['data/sample-masters']);
  await loadRuleSet(s.k, readRuleDirectory('rules').ruleSet);
  ({ secret } = await issueApiToken(s.k, { federation: '13', provider: '1310000052', label: 'pre-check' }));
});
after(() => s.close());

// A 2025-05 outpatient claim of a 10-year-old: 再診料 with 乳幼児加算（再診） (under 6 only: AGE-A001), and
// 血液学的検査判断料 on two days (once a month: CNT-D026).
const days = (...d: number[]): string => Array.from({ length: 31 }, (_, i) => (d.includes(i + 1) ? '1' : '')).join(',');
const si = (category: string, code: string, points: number): string => `SI,${category},1,${code},,${points},2,,,,,,,${days(12, 18)}`;
const LINES = [
  'IR,2,13,1,0000052,,斉藤小児科,202506,00,03-9521-8836',
  'RE,1,1112,202505,山下　さくら,2,20141001,70,,,,,,001532,,,,,,,,,,,,,,,,,,,,,,,ヤマシタサクラ,',
  'HO,  133017,2034,0000153,2,476,,,,,,,,,',
  'SN,1,01,,,,03,,',
  'SY,8832280,20250512,2,,,01,',
  si('12', '112007410', 75),
  si('12', '112000970', 38),
  si('60', '160061810', 125),
  'GO,1,476,99',
];
const bytes = iconv.encode(LINES.join('\r\n') + '\r\n\x1a', 'cp932');
const check = () => s.app.inject({ method: 'POST', url: '/api/v1/check', headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${secret}` }, payload: bytes });

test('200 with the rule findings on their lines, explained; nothing stored', async () => {
  const r = await check();
  assert.equal(r.statusCode, 200, r.body);
  const body = r.json() as { findings: { claim: number; line: number; ruleId: string; lamp: string; action: string; message: string; version?: number; trace?: string[] }[]; claims: number };
  assert.equal(body.claims, 1);
  const age = body.findings.find((f) => f.ruleId === 'AGE-A001');
  assert.ok(age, JSON.stringify(body.findings));
  assert.deepEqual([age.claim, age.line, age.lamp, age.action, age.version], [1, 7, 'S', 'adjust', 1]);
  assert.match(age.message, /乳幼児加算/);
  assert.ok(age.trace!.some((t) => t.includes('2014-10-01')));
  const count = body.findings.find((f) => f.ruleId === 'CNT-D026')!;
  assert.deepEqual([count.line, count.action], [8, 'adjust']);
  const stored = await s.k.db.selectFrom('intake_files').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  assert.equal(Number(stored.n), 0);
});

test('a rule the federation disabled is not run; 401 without a token', async () => {
  await s.k.withFederation('13', (trx) => saveAdoption(trx, { federation: '13', ruleId: 'CNT-D026', state: 'disabled', from: '2025-01-01', to: undefined, override: {} }));
  const r = await check();
  const ids = (r.json() as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
  assert.ok(ids.includes('AGE-A001') && !ids.includes('CNT-D026'), ids.join(','));
  const anon = await s.app.inject({ method: 'POST', url: '/api/v1/check', headers: { 'content-type': 'application/octet-stream' }, payload: bytes });
  assert.equal(anon.statusCode, 401);
});
