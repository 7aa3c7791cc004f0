/**
 * 特別審査 (seed 001: claims of 38万点以上 etc. are reviewed by the central association's 特別審査委員会,
 * not by the federation's committee): only central staff decide a claim in the 特別審査 queue, and
 * central staff decide nothing else — by one decision and by 一括確定.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { MONTH, startReviewFixture, type ReviewFixture } from './review.test-support.ts';

let f: ReviewFixture;
let special: { fileId: number; seq: number };
let ordinary: { fileId: number; seq: number };

before(async () => {
  f = await startReviewFixture({ claims: 200, seed: 4, errorRate: 0 });
  // Two clean claims of the month; one is moved to 特別審査 as a transplant month would be.
  const clean = await sql<{ file_id: number; seq: number }>`
    select i.file_id, i.seq from review_items i where i.queue = 'auto' and i.status = 'open'
      and not exists (select 1 from rule_findings r where r.file_id = i.file_id and r.seq = i.seq)
      and not exists (select 1 from claim_findings c where c.file_id = i.file_id and c.seq = i.seq)
    order by i.file_id, i.seq limit 4`.execute(f.s.k.db);
  assert.equal(clean.rows.length, 4);
  const [a, b] = clean.rows.map((r) => ({ fileId: Number(r.file_id), seq: r.seq }));
  special = a!;
  ordinary = b!;
  await sql`update review_items set queue = 'special', reason = '特別審査（臓器移植）' where file_id = ${special.fileId} and seq = ${special.seq}`.execute(f.s.k.db);
});
after(() => f?.close());

const decide = (user: 'reviewer13' | 'central13', c: { fileId: number; seq: number }) =>
  f.as(user, 'POST', `/api/v1/review/claims/${c.fileId}/${c.seq}/decisions`, { decision: 'note', reasonText: 'メモ' });

test('a federation reviewer may not decide a 特別審査 claim; central staff may', async () => {
  const refused = await decide('reviewer13', special);
  assert.equal(refused.statusCode, 403);
  assert.match((refused.json() as { error: { message: string } }).error.message, /特別審査委員会が決定します/);
  assert.equal((await decide('central13', special)).statusCode, 201);
});

test('central staff may not decide a claim of the federation\'s own queues', async () => {
  assert.equal((await decide('central13', ordinary)).statusCode, 403);
  assert.equal((await decide('reviewer13', ordinary)).statusCode, 201);
});

test('一括確定 confirms only the claims of the decider\'s queues', async () => {
  const items = [special, ordinary];
  const byReviewer = (await f.as('reviewer13', 'POST', '/api/v1/review/bulk-confirm', { month: MONTH, items })).json() as { confirmed: unknown[]; refused: { fileId: number; reason: string }[] };
  assert.deepEqual(byReviewer.confirmed, [ordinary]);
  assert.equal(byReviewer.refused.length, 1);
  assert.match(byReviewer.refused[0]!.reason, /特別審査/);
  const byCentral = (await f.as('central13', 'POST', '/api/v1/review/bulk-confirm', { month: MONTH, items: [special] })).json() as { confirmed: unknown[] };
  assert.deepEqual(byCentral.confirmed, [special]);
});
