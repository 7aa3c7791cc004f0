/**
 * POST /api/v1/review/bulk-confirm on a generated, checked and sorted month: clean claims are
 * confirmed (each an audited decision, the item decided), a claim with a finding, a duplicate, an
 * unknown claim and another federation's claims are refused with their reason; no session 401, a
 * role that may not decide 403, a malformed body 400 with the API's own codes.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { verifyAuditChain } from '@kokuho/store/review';
import { MONTH, startReviewFixture, type ReviewFixture } from './review.test-support.ts';

let f: ReviewFixture;
before(async () => {
  f = await startReviewFixture({ claims: 300, seed: 5, errorRate: 0.15 });
});
after(async () => {
  await f?.close();
});

interface Item { file_id: number; seq: number; queue: string; status: string; findings: number }
const BULK = '/api/v1/review/bulk-confirm';
const ref = (i: Item) => ({ fileId: i.file_id, seq: i.seq });

test('bulk confirm: clean claims confirmed and decided, the others refused with their reason', async () => {
  const items = (await f.as('reviewer13', 'GET', `/api/v1/review/items?month=${MONTH}&limit=500`)).json().items as Item[];
  const clean = items.filter((i) => i.queue === 'auto' && i.status === 'open').slice(0, 3);
  const flagged = items.find((i) => i.findings > 0)!;
  const clericalOnly = items.find((i) => i.findings === 0 && i.queue === 'clerical')!;
  assert.equal(clean.length, 3);
  assert.ok(flagged && clericalOnly, 'a claim with a rule finding, one with a clerical finding only');
  const asked = [...clean.map(ref), ref(flagged), ref(clean[0]!), { fileId: 999_999, seq: 1 }, ref(clericalOnly)];

  // another federation's reviewer finds none of them, and changes nothing
  const unique = [...clean, flagged].map(ref);
  const other = await f.as('reviewer27', 'POST', BULK, { month: MONTH, items: unique });
  assert.equal(other.statusCode, 200, other.body);
  assert.deepEqual(other.json(), { confirmed: [], refused: unique.map((x) => ({ ...x, reason: 'レセプトが見つかりません' })) });

  const auditBefore = (await verifyAuditChain(f.s.k, '13')).entries;
  const r = await f.as('reviewer13', 'POST', BULK, { month: MONTH, items: asked });
  assert.equal(r.statusCode, 200, r.body);
  assert.deepEqual(r.json().confirmed, clean.map(ref));
  assert.deepEqual(r.json().refused, [
    { ...ref(flagged), reason: 'コンピュータチェックの指摘があるため一括確定できません' },
    { ...ref(clean[0]!), reason: '同じレセプトが重複して指定されています' },
    { fileId: 999_999, seq: 1, reason: 'レセプトが見つかりません' },
    { ...ref(clericalOnly), reason: '事務点検の指摘があるため一括確定できません' },
  ]);
  // one audited decision per confirmed claim, the chain intact
  assert.deepEqual(await verifyAuditChain(f.s.k, '13'), { entries: auditBefore + clean.length, brokenAt: undefined });

  for (const c of clean) {
    const d = (await f.as('reviewer13', 'GET', `/api/v1/review/claims/${c.file_id}/${c.seq}`)).json();
    assert.deepEqual(d.decisions.map((x: { decision: string; account_id: string }) => [x.decision, x.account_id]), [['confirm', f.accountIds.reviewer13]]);
    assert.equal(d.review.status, 'decided');
  }
  const untouched = (await f.as('reviewer13', 'GET', `/api/v1/review/claims/${flagged.file_id}/${flagged.seq}`)).json();
  assert.deepEqual([untouched.decisions, untouched.review.status], [[], flagged.status]);

  // a second time: already decided; another month: not this month's claim
  const again = await f.as('reviewer13', 'POST', BULK, { month: MONTH, items: [ref(clean[0]!)] });
  assert.deepEqual(again.json(), { confirmed: [], refused: [{ ...ref(clean[0]!), reason: '判断済みです' }] });
  const april = await f.as('reviewer13', 'POST', BULK, { month: '2025-04', items: [ref(clean[1]!)] });
  assert.match(april.json().refused[0].reason, /診療年月が2025-04ではありません/);
});

test('bulk confirm refuses: no session (401), a role that may not decide (403), a malformed body (400)', async () => {
  const body = { month: MONTH, items: [{ fileId: 1, seq: 1 }] };
  assert.equal((await f.as(undefined, 'POST', BULK, body)).statusCode, 401);
  for (const user of ['admin13', 'clerk13'] as const) {
    const r = await f.as(user, 'POST', BULK, body);
    assert.equal(r.statusCode, 403, user);
    assert.equal(r.json().error.code, 'NOT_ALLOWED');
  }
  const bad: [object | undefined, string][] = [
    [undefined, 'BAD_BULK_CONFIRM'],
    [{ month: MONTH, items: [] }, 'BAD_BULK_CONFIRM'],
    [{ month: MONTH, items: Array.from({ length: 501 }, (_, i) => ({ fileId: 1, seq: i })) }, 'BAD_BULK_CONFIRM'],
    [{ month: MONTH, items: [{ fileId: 'x', seq: 1 }] }, 'BAD_BULK_CONFIRM'],
    [{ month: MONTH, items: [{ seq: 1 }] }, 'BAD_BULK_CONFIRM'],
    [{ month: '2025-13', items: body.items }, 'BAD_MONTH'],
    [{ items: body.items }, 'BAD_MONTH'],
  ];
  for (const [payload, code] of bad) {
    const r = await f.as('reviewer13', 'POST', BULK, payload);
    assert.equal(r.statusCode, 400, JSON.stringify(payload)?.slice(0, 80));
    assert.equal(r.json().error.code, code, JSON.stringify(payload)?.slice(0, 80));
  }
});
