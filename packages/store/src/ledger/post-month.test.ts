/**
 * A checked and sorted month posted to the books: every decided claim either priced and posted or
 * counted with its reason; the books balance (insurers' and 公費 payers' shares = payments to
 * providers); posting again doubles nothing; closing and verifying reproduce the month's digest; the
 * insurers' shares are the window pricing of each claim (points × 10 less the copay).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { checkedMonth } from '../review/checked-month.test-support.ts';
import { closeMonth, verifyClosing } from './close-month.ts';
import type { LedgerEntry } from '@kokuho/core/ledger';
import { decidedClaims } from './decided-claims.ts';
import { postEntries } from './post-entries.ts';
import { entriesOfDecidedClaim, postMonth } from './post-month.ts';

test('posting a decided month: priced or counted, balanced, idempotent, closed and reproduced', async () => {
  const c = await checkedMonth({ claims: 600, seed: 12, errorRate: 0.05 });
  try {
    const first = await postMonth(c.k, '13', '2025-05', '2025-06', { postedBy: 'test', reviewFee: () => 60 });
    assert.equal(first.decided, c.sorted!.byQueue.auto, 'nobody has reviewed yet: 自動完結 alone is decided');
    assert.equal(first.priced + Object.values(first.unpriced).reduce((a, b) => a + b, 0), first.decided);
    assert.ok(first.priced > first.decided * 0.8, JSON.stringify(first.unpriced));
    assert.equal(first.balance.imbalance, 0);
    assert.equal(first.existing, 0);

    const again = await postMonth(c.k, '13', '2025-05', '2025-06', { postedBy: 'test', reviewFee: () => 60 });
    assert.deepEqual([again.inserted, again.priced, again.alreadyPosted], [0, 0, first.priced]);
    // nor into another month: a claim is paid once
    const later = await postMonth(c.k, '13', '2025-05', '2025-07', { postedBy: 'test', reviewFee: () => 60 });
    assert.deepEqual([later.inserted, later.alreadyPosted], [0, first.priced]);

    // each insurer share is below the claim's 医療費 and at least 7割 of it unless a limit applied
    const rows = (await sql<{ amount: number; total_points: number }>`
      select e.amount, c.total_points from ledger_entries e join claims c on c.file_id = e.file_id and c.seq = e.seq where e.account = 'insurer-benefit'`.execute(c.k.db)).rows;
    const claimed = (await sql<{ public_only: number; points: number }>`
      select count(*) filter (where substr(c.receipt_type, 2, 1) = '2')::int as public_only, sum(c.total_points)::bigint as points
      from ledger_claim_amounts a join claims c on c.file_id = a.file_id and c.seq = a.seq`.execute(c.k.db)).rows[0]!;
    assert.ok(claimed.public_only > 0);
    assert.equal(rows.length, first.priced - claimed.public_only, '公費単独 claims owe the insurer nothing');
    assert.ok(rows.every((r) => Number(r.amount) > 0 && Number(r.amount) <= r.total_points * 10 && Number(r.amount) >= r.total_points * 7));

    // each priced claim has its amounts: one row, its category, and figures that agree with its entries
    const amounts = (await sql<{ n: number; claims: number; points: number; insurer_pays: number; review_fee: number; categories: string }>`
      select count(*)::int as n, sum(claims)::int as claims, sum(points)::bigint as points, sum(insurer_pays)::bigint as insurer_pays, sum(review_fee)::bigint as review_fee,
             string_agg(distinct category, ',' order by category) as categories from ledger_claim_amounts`.execute(c.k.db)).rows[0]!;
    assert.equal(amounts.n, first.priced);
    assert.equal(Number(amounts.insurer_pays), first.balance.byAccount['insurer-benefit']);
    assert.equal(Number(amounts.review_fee), first.balance.byAccount['review-fee']);
    // the fee is charged on the claims of this prefecture's insurers (and 公費単独 claims, to their payer); another prefecture's insurer is charged by its own federation (全国決済)
    const fees = (await sql<{ own: number; other: number; other_fees: number }>`
      select count(*) filter (where insurer_prefecture in ('13', ''))::int as own, count(*) filter (where insurer_prefecture not in ('13', ''))::int as other,
             coalesce(sum(review_fee) filter (where insurer_prefecture not in ('13', '')), 0)::int as other_fees from ledger_claim_amounts`.execute(c.k.db)).rows[0]!;
    assert.ok(fees.other > 0, 'the month has claims of other prefectures\' insurers');
    assert.equal(first.balance.byAccount['review-fee'], 60 * fees.own);
    assert.equal(fees.other_fees, 0);
    assert.equal(Number(amounts.points), Number(claimed.points), 'nobody cut a line: decided points are the claimed points');
    assert.deepEqual(amounts.categories.split(','), ['dental', 'medical-inpatient', 'medical-outpatient', 'pharmacy']);

    const closing = await closeMonth(c.k, '13', '2025-06', 'test');
    assert.equal(closing.entries, first.inserted);
    assert.equal(closing.totals['insurer-benefit'], first.balance.byAccount['insurer-benefit']);
    assert.equal((await verifyClosing(c.k, '13', '2025-06')).ok, true);
    // the digest covers the amounts too: one edited by the table owner is found
    await sql`update ledger_claim_amounts set copay = copay + 10 where amount_id = (select min(amount_id) from ledger_claim_amounts)`.execute(c.k.db);
    assert.equal((await verifyClosing(c.k, '13', '2025-06')).ok, false);
  } finally {
    await c.dispose();
  }
});

test('a claim posted before the books kept amounts (entries only) is not posted again, in any month', async () => {
  const c = await checkedMonth({ claims: 120, seed: 5, errorRate: 0 });
  try {
    const month = await decidedClaims(c.k, '13', '2025-05');
    const legacy = month.claims.find((x) => typeof entriesOfDecidedClaim(x, '13', '2025-06', 0) !== 'string')!;
    await c.k.withFederation('13', (trx) => postEntries(trx, '13', entriesOfDecidedClaim(legacy, '13', '2025-06', 0) as LedgerEntry[], 'before-0013'));
    const r = await postMonth(c.k, '13', '2025-05', '2025-07', { postedBy: 'test' });
    assert.equal(r.alreadyPosted, 1);
    assert.equal(r.priced + r.alreadyPosted + Object.values(r.unpriced).reduce((a, b) => a + b, 0), r.decided);
    const july = (await sql<{ n: number }>`select count(*)::int as n from ledger_entries where file_id = ${legacy.fileId} and seq = ${legacy.seq}`.execute(c.k.db)).rows[0]!;
    assert.equal(july.n, 2, 'its June entries only (insurer, provider)');
  } finally {
    await c.dispose();
  }
});
