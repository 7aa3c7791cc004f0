/**
 * 審査委員会の部会: the committee queue is counted by section and listed one section at a time; every
 * item of the committee queue has the section its main diagnosis gives (review/committee-sections.csv).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { MONTH, startReviewFixture, type ReviewFixture } from './review.test-support.ts';

let f: ReviewFixture;
before(async () => {
  f = await startReviewFixture({ claims: 600, seed: 11, errorRate: 0.2 });
});
after(() => f?.close());

interface Counts { open: number; held: number; decided: number }

test('the queues answer counts per 部会 that add up to the committee queue', async () => {
  const r = (await f.as('reviewer13', 'GET', `/api/v1/review/queues?month=${MONTH}`)).json() as { queues: ({ queue: string } & Counts)[]; sections: ({ section: string } & Counts)[] };
  const committee = r.queues.find((q) => q.queue === 'committee')!;
  assert.ok(committee.open > 0);
  assert.ok(r.sections.length >= 2, JSON.stringify(r.sections));
  assert.ok(r.sections.every((s) => s.section.endsWith('部会')));
  assert.equal(r.sections.reduce((n, s) => n + s.open, 0), committee.open);
});

test('the list of one 部会 holds only its items, and every committee item has a section', async () => {
  const all = (await f.as('reviewer13', 'GET', `/api/v1/review/items?month=${MONTH}&queue=committee&limit=500`)).json() as { items: { section: string | null; kind: string }[] };
  assert.ok(all.items.length > 0);
  assert.ok(all.items.every((i) => i.section), 'no committee item without a section');
  for (const i of all.items) if (i.kind === 'pharmacy') assert.equal(i.section, '調剤部会');
  const section = all.items[0]!.section!;
  const one = (await f.as('reviewer13', 'GET', `/api/v1/review/items?month=${MONTH}&queue=committee&section=${encodeURIComponent(section)}&limit=500`)).json() as { items: { section: string }[] };
  assert.equal(one.items.length, all.items.filter((i) => i.section === section).length);
  assert.ok(one.items.every((i) => i.section === section));
  // another federation's reviewer sees no section of federation 13
  const other = (await f.as('reviewer27', 'GET', `/api/v1/review/queues?month=${MONTH}`)).json() as { sections: unknown[] };
  assert.deepEqual(other.sections, []);
});
