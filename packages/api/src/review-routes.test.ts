/**
 * The review API on a generated, checked and sorted month: a reviewer of federation 13 sees its
 * queues, opens a flagged claim with its explained findings and cuts a line (査定); every route
 * refuses a request without a session, a role that may not review, and a reviewer of another
 * federation (its claims are not found, its queues are empty).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { MONTH, startReviewFixture, type ReviewFixture } from './review.test-support.ts';

let f: ReviewFixture;
before(async () => {
  f = await startReviewFixture({ claims: 800, seed: 9, errorRate: 0.15 });
});
after(async () => {
  await f?.close();
});

const as: ReviewFixture['as'] = (...args) => f.as(...args);

let flagged: { file_id: number; seq: number };

test('a reviewer sees the queues, opens a flagged claim with its findings and cuts a line', async () => {
  const queues = await as('reviewer13', 'GET', `/api/v1/review/queues?month=${MONTH}`);
  assert.equal(queues.statusCode, 200);
  const q = queues.json().queues as { queue: string; open: number }[];
  assert.ok(q.find((x) => x.queue === 'clerical')!.open + q.find((x) => x.queue === 'committee')!.open > 0);

  const items = (await as('reviewer13', 'GET', `/api/v1/review/items?month=${MONTH}&queue=clerical`)).json().items as { file_id: number; seq: number; findings: number }[];
  flagged = items.find((i) => i.findings > 0)!;
  assert.ok(flagged, 'a clerical item with a rule finding');
  const detail = (await as('reviewer13', 'GET', `/api/v1/review/claims/${flagged.file_id}/${flagged.seq}`)).json();
  assert.ok(detail.lines.length > 3 && detail.findings.length > 0);
  const finding = detail.findings[0];
  assert.ok(finding.rule_id && finding.trace.length > 0 && detail.lines.some((l: { line: number }) => l.line === finding.line));

  // 査定 on a line that carries points
  const line = (detail.lines as { line: number; text: string }[]).find((l) => /^(SI|IY),/.test(l.text) && Number(l.text.split(',')[5]) > 1)!;
  const cut = await as('reviewer13', 'POST', `/api/v1/review/claims/${flagged.file_id}/${flagged.seq}/decisions`, { decision: 'adjust', line: line.line, pointsAfter: 1, reasonCode: 'B', reasonText: '過剰' });
  assert.equal(cut.statusCode, 201, cut.body);
  const bad = await as('reviewer13', 'POST', `/api/v1/review/claims/${flagged.file_id}/${flagged.seq}/decisions`, { decision: 'adjust', line: line.line, pointsAfter: 1 });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.json().error.message, /事由/);
  const after = (await as('reviewer13', 'GET', `/api/v1/review/claims/${flagged.file_id}/${flagged.seq}`)).json();
  assert.deepEqual(after.decisions.map((d: { decision: string; points_after: number }) => [d.decision, d.points_after]), [['adjust', 1]]);
});

test('every review route refuses: no session (401), a role that may not review (403), another federation (404 / empty)', async () => {
  const ref = `${flagged.file_id}/${flagged.seq}`;
  const routes: ['GET' | 'POST', string, object?][] = [
    ['GET', `/api/v1/review/queues?month=${MONTH}`],
    ['GET', `/api/v1/review/items?month=${MONTH}`],
    ['GET', `/api/v1/review/claims/${ref}`],
    ['POST', `/api/v1/review/claims/${ref}/decisions`, { decision: 'confirm' }],
  ];
  for (const [method, url, body] of routes) {
    assert.equal((await as(undefined, method, url, body)).statusCode, 401, `${method} ${url} without a session`);
    assert.equal((await as('clerk13', method, url, body)).statusCode, 403, `${method} ${url} as an intake clerk`);
    const other = await as('reviewer27', method, url, body);
    if (url.includes('/claims/')) assert.equal(other.statusCode, 404, `${method} ${url} from federation 27`);
    else {
      assert.equal(other.statusCode, 200);
      const j = other.json();
      assert.ok((j.items ?? []).length === 0 && (j.queues ?? []).every((x: { open: number; held: number; decided: number }) => x.open + x.held + x.decided === 0), `${url} from 27 shows nothing of 13`);
    }
  }
  // nothing of federation 27 reached federation 13's claim
  const detail = (await as('reviewer13', 'GET', `/api/v1/review/claims/${ref}`)).json();
  assert.equal(detail.decisions.length, 1);
});
