/**
 * The corrections API by role, on two paid claims of insurer 138057 / provider 1310000045: the insurer
 * asks for a 過誤 of its own claim (requester from the account), another insurer is refused and sees
 * none of it, the provider asks for a 再審査; payment staff decide the 過誤 (its money posted) but not
 * the 再審査, which a reviewer decides; roles that may not ask, and sessions of another federation or
 * none, are refused; the requester cancels its own case only.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Role } from '@kokuho/core/accounts';
import type { FederationCode } from '@kokuho/core/common';
import type { ClaimRef } from '@kokuho/core/corrections';
import { createAccount } from '@kokuho/store/accounts';
import { PAID, seedPaidClaims } from '../../store/src/corrections/paid-claims.test-support.ts';
import { startTestServer, type TestServer } from './api.test-support.ts';

const USERS = {
  insurer: { federation: '13', role: 'insurer-staff', insurerNumber: PAID.insurer },
  otherInsurer: { federation: '13', role: 'insurer-staff', insurerNumber: '138065' },
  provider: { federation: '13', role: 'provider', providerCode: PAID.provider },
  payment: { federation: '13', role: 'payment-officer' },
  reviewer: { federation: '13', role: 'committee-reviewer' },
  clerk: { federation: '13', role: 'intake-clerk' },
  payment27: { federation: '27', role: 'payment-officer' },
} as const satisfies Record<string, { federation: FederationCode; role: Role; insurerNumber?: string; providerCode?: string }>;
type User = keyof typeof USERS;

let s: TestServer;
let claims: ClaimRef[];
const cookies: Partial<Record<User, string>> = {};
const as = (user: User | undefined, method: 'GET' | 'POST', url: string, payload?: object) =>
  s.app.inject({ method, url, ...(user ? { headers: { cookie: cookies[user]! } } : {}), ...(payload ? { payload } : {}) });

before(async () => {
  s = await startTestServer();
  claims = await seedPaidClaims(s.k, '13', 2);
  for (const [login, u] of Object.entries(USERS) as [User, (typeof USERS)[User]][]) {
    await createAccount(s.k, { ...u, login: login.toLowerCase(), displayName: login, password: 'long enough password' });
    const r = await s.app.inject({ method: 'POST', url: '/api/v1/session', payload: { federation: u.federation, login: login.toLowerCase(), password: 'long enough password' } });
    cookies[login] = String(r.headers['set-cookie']).split(';')[0]!;
  }
});
after(async () => {
  await s?.close();
});

let kago: number;
let rereview: number;

test('insurers and providers ask about their own claims; others are refused', async () => {
  const asked = await as('insurer', 'POST', '/api/v1/corrections', { kind: 'correction', claim: claims[0], reasonCode: 'eligibility-lost', reasonText: '4月末で資格喪失' });
  assert.equal(asked.statusCode, 201, asked.body);
  const c = asked.json();
  assert.deepEqual([c.requester, c.enteredBy !== '', c.state, c.timing, c.deadline], [{ type: 'insurer', code: PAID.insurer }, true, 'requested', 'ordinary', undefined]);
  kago = c.caseId;

  const other = await as('otherInsurer', 'POST', '/api/v1/corrections', { kind: 'correction', claim: claims[1], reasonCode: 'duplicate' });
  assert.equal(other.statusCode, 422);
  assert.match(other.json().error.message, /申出者はこのレセプトの保険者・医療機関ではありません/);
  const backdated = await as('insurer', 'POST', '/api/v1/corrections', { kind: 'correction', claim: claims[1], reasonCode: 'duplicate', requestedOn: '2025-07-01' });
  assert.deepEqual([backdated.statusCode, backdated.json().error.code], [400, 'BAD_CASE_REQUEST']);
  assert.equal((await as('clerk', 'POST', '/api/v1/corrections', { kind: 'correction', claim: claims[1], reasonCode: 'duplicate' })).statusCode, 403);
  assert.equal((await as(undefined, 'POST', '/api/v1/corrections', { kind: 'correction', claim: claims[1], reasonCode: 'duplicate' })).statusCode, 401);
  const bad = await as('insurer', 'POST', '/api/v1/corrections', { kind: 'kago', claim: claims[1], reasonCode: 'duplicate' });
  assert.deepEqual([bad.statusCode, bad.json().error.code], [400, 'BAD_CASE_REQUEST']);

  // a paper request entered by payment staff, for the provider, dated when it came
  const paper = await as('payment', 'POST', '/api/v1/corrections', { kind: 're-review', claim: claims[1], reasonCode: 'adjustment-objection', requester: { type: 'provider', code: PAID.provider }, requestedOn: '2025-09-01' });
  assert.equal(paper.statusCode, 201, paper.body);
  assert.deepEqual([paper.json().requester.type, paper.json().deadline], ['provider', '2025-12-31']);
  rereview = paper.json().caseId;
  const late = await as('payment', 'POST', '/api/v1/corrections', { kind: 're-review', claim: claims[0], reasonCode: 'excessive', requester: { type: 'insurer', code: PAID.insurer }, requestedOn: '2026-01-01' });
  assert.equal(late.statusCode, 422);

  // each sees its own
  const mine = (user: User) => as(user, 'GET', '/api/v1/corrections').then((r) => (r.json().cases as { caseId: number }[]).map((x) => x.caseId));
  assert.deepEqual(await mine('insurer'), [kago]);
  assert.deepEqual(await mine('provider'), [rereview]);
  assert.deepEqual(await mine('otherInsurer'), []);
  assert.deepEqual(await mine('payment'), [rereview, kago]);
  assert.deepEqual(await mine('payment27'), []);
  assert.equal((await as('otherInsurer', 'GET', `/api/v1/corrections/${kago}`)).statusCode, 404);
  assert.equal((await as('payment27', 'GET', `/api/v1/corrections/${kago}`)).statusCode, 404);
  assert.equal((await as('insurer', 'GET', `/api/v1/corrections/${kago}`)).json().events.length, 1);
});

test('payment staff decide a 過誤, reviewers a 再審査; requesters decide nothing', async () => {
  for (const user of ['insurer', 'provider', 'reviewer'] as const) {
    assert.equal((await as(user, 'POST', `/api/v1/corrections/${kago}/decisions`, { outcome: 'accepted', postingMonth: '2025-08' })).statusCode, 403, user);
  }
  assert.equal((await as('payment', 'POST', `/api/v1/corrections/${kago}/start-review`)).statusCode, 200);
  // the decision is dated today: its money goes to this month or the next, never back to 2025-08
  const backdated = await as('payment', 'POST', `/api/v1/corrections/${kago}/decisions`, { outcome: 'accepted', postingMonth: '2025-08' });
  assert.equal(backdated.statusCode, 422, backdated.body);
  assert.match(backdated.json().error.message, /処理月は決定日の月かその翌月にしてください（処理月 2025-08/);
  const decided = await as('payment', 'POST', `/api/v1/corrections/${kago}/decisions`, { outcome: 'accepted' });
  assert.equal(decided.statusCode, 201, decided.body);
  assert.equal(decided.json().case.postingMonth, new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 7), 'by default the month of today in Japan');
  assert.deepEqual([decided.json().inserted, decided.json().balance.byAccount['insurer-benefit'], decided.json().balance.byAccount['review-fee']], [3, -PAID.insurerPays, -PAID.reviewFee]);
  const shown = (await as('insurer', 'GET', `/api/v1/corrections/${kago}`)).json();
  assert.deepEqual([shown.case.state, shown.events.map((e: { action: string }) => e.action), shown.entries.length], ['decided', ['request', 'start-review', 'decide'], 3]);
  const again = await as('insurer', 'POST', '/api/v1/corrections', { kind: 'correction', claim: claims[0], reasonCode: 'duplicate' });
  assert.equal(again.statusCode, 422);
  assert.match(again.json().error.message, /取り消し済み/);

  assert.equal((await as('payment', 'POST', `/api/v1/corrections/${rereview}/decisions`, { outcome: 'unchanged' })).statusCode, 403);
  const noCuts = await as('reviewer', 'POST', `/api/v1/corrections/${rereview}/decisions`, { outcome: 'adjusted' });
  assert.deepEqual([noCuts.statusCode, noCuts.json().error.code], [400, 'BAD_CASE_REQUEST']);
  const refusal = await as('reviewer', 'POST', `/api/v1/corrections/${rereview}/decisions`, { outcome: 'refused' });
  assert.equal(refusal.statusCode, 400, 'a refusal needs its reason');
  const unchanged = await as('reviewer', 'POST', `/api/v1/corrections/${rereview}/decisions`, { outcome: 'unchanged', reason: '算定要件を満たす' });
  assert.equal(unchanged.statusCode, 201, unchanged.body);
  assert.deepEqual([unchanged.json().case.outcome, unchanged.json().inserted], [{ type: 'unchanged' }, 0]);
});

test('a requester cancels its own open case, nobody else\'s', async () => {
  const asked = await as('provider', 'POST', '/api/v1/corrections', { kind: 'correction', claim: claims[1], reasonCode: 'billing-error' });
  assert.equal(asked.statusCode, 201, asked.body);
  const id = asked.json().caseId;
  assert.equal((await as('insurer', 'POST', `/api/v1/corrections/${id}/cancel`, {})).statusCode, 404, 'not its case: not found');
  const cancelled = await as('provider', 'POST', `/api/v1/corrections/${id}/cancel`, { reason: '誤って申し出た' });
  assert.equal(cancelled.statusCode, 200, cancelled.body);
  assert.equal(cancelled.json().state, 'cancelled');
  const twice = await as('provider', 'POST', `/api/v1/corrections/${id}/cancel`, {});
  assert.equal(twice.statusCode, 422);
});
