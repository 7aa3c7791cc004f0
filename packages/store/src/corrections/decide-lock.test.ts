/**
 * A 取下げ decided while the month is being posted (`ledger post`): the decision locks the claim's row
 * `for update` before it reads the claim's entries, and the posting holds the rows it posts `for share`
 * until it commits, so the two cannot interleave (found in review: the posting read the claim as
 * standing, the withdrawal was decided, then the page was posted — a withdrawn claim paid).
 *
 * - Every engine: a withdrawal decided before the month is posted keeps the claim out of the books.
 * - PostgreSQL only (PGlite is one connection, so its transactions never overlap and the race cannot
 *   happen there): with the posting transaction held open after it posted the claim, the decision waits
 *   for it, then reads the posted entries and reverses them in the same month — the books of the claim
 *   come to nothing. Without the lock the decision read the claim as unpaid, posted no reversal and
 *   withdrew a paid claim. And the other way round: with the decision held open, the posting waits for it
 *   and then leaves the withdrawn claim unposted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Actor, ClaimRef, CorrectionCase } from '@kokuho/core/corrections';
import { LEDGER_ACCOUNTS, monthBalance } from '@kokuho/core/ledger';
import type { Engine, KokuhoDb } from '../db/database.ts';
import { testEngines } from '../db/test-database.ts';
import { decidedClaims } from '../ledger/decided-claims.ts';
import { monthEntries } from '../ledger/close-month.ts';
import { postingOfDecidedClaim, postMonth } from '../ledger/post-month.ts';
import { checkedMonth, type CheckedMonth } from '../review/checked-month.test-support.ts';
import { decideCase } from './decide-case.ts';
import { requestCase } from './request-case.ts';

const staff: Actor = { accountId: 'shiharai', party: { type: 'federation', code: '13' } };
const POST = { postedBy: 'test', reviewFee: () => 60 };
const decision = { outcome: { type: 'accepted' as const }, postingMonth: '2025-06', decidedOn: '2025-06-13', actor: staff };

/** A generated May 2025 (received in June), one priceable decided claim of it, and its provider's 取下げ asked on 2025-06-12. */
async function withdrawalAsked(engine: Engine): Promise<{ c: CheckedMonth; w: ClaimRef; kase: CorrectionCase }> {
  const c = await checkedMonth({ claims: 24, seed: 21, errorRate: 0.02, engine });
  const { k } = c;
  // the generated intake stamps files with today; the 取下げ deadline counts from the month of receipt
  await k.withFederation('13', (trx) => sql`update intake_files set received_at = '2025-06-05T10:00:00+09:00'`.execute(trx));
  const d = (await decidedClaims(k, '13', '2025-05')).claims.find((x) => typeof postingOfDecidedClaim(x, '13', '2025-06', 60) !== 'string');
  assert.ok(d, 'a decided claim that prices');
  const w = { fileId: d.fileId, seq: d.seq };
  const provider = (await k.withFederation('13', (trx) => trx.selectFrom('claims').select('provider_code').where('file_id', '=', w.fileId).where('seq', '=', w.seq).executeTakeFirstOrThrow())).provider_code;
  const kase = await requestCase(k, '13', {
    kind: 'withdrawal', timing: undefined, requester: { type: 'provider', code: provider }, claim: w, newClaim: undefined,
    reasonCode: 'billing-error', reasonText: '', requestedOn: '2025-06-12', enteredBy: 'iryokikan',
  });
  return { c, w, kase };
}

const claimRows = (k: KokuhoDb, w: ClaimRef) => k.withFederation('13', async (trx) => {
  const state = (await trx.selectFrom('claims').select('state').where('file_id', '=', w.fileId).where('seq', '=', w.seq).executeTakeFirstOrThrow()).state;
  const entries = await trx.selectFrom('ledger_entries').select(['account', 'amount', 'posting_key', 'reverses']).where('file_id', '=', w.fileId).where('seq', '=', w.seq).orderBy('entry_id').execute();
  return { state, entries: entries.map((e) => ({ ...e, amount: Number(e.amount) })) };
});

for (const engine of testEngines()) {
  test(`${engine}: 支払前に取下げを決定したレセプトは、その後の月の記帳で支払わない`, async () => {
    const { c, w, kase } = await withdrawalAsked(engine);
    try {
      const d = await decideCase(c.k, '13', kase.caseId, decision);
      assert.deepEqual([d.case.state, d.inserted], ['decided', 0], 'before payment a 取下げ moves no money');
      const posted = await postMonth(c.k, '13', '2025-05', '2025-06', POST);
      assert.ok(posted.priced > 10, JSON.stringify(posted));
      assert.deepEqual(await claimRows(c.k, w), { state: 'withdrawn', entries: [] }, 'the withdrawn claim is not paid');
    } finally {
      await c.dispose();
    }
  });
}

/** Resolves once some backend of this database waits for a lock (the other transaction is blocked on ours). */
async function someoneWaitsForALock(k: KokuhoDb): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const r = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(k.db);
    if (r.rows[0]!.n > 0) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('no transaction came to wait for the lock');
}

/**
 * `k` whose federation transactions, once `hold(trx)` says so, stop after their work and before they
 * commit until `release()`; `held` resolves when one has stopped (its locks and writes still uncommitted).
 */
function holding(k: KokuhoDb, hold: (trx: Parameters<Parameters<KokuhoDb['withFederation']>[1]>[0]) => Promise<boolean>) {
  let release!: () => void, stopped!: () => void, done = false;
  const gate = new Promise<void>((r) => (release = r));
  const held = new Promise<void>((r) => (stopped = r));
  const db: KokuhoDb = {
    ...k,
    withFederation: (f, fn) => k.withFederation(f, async (trx) => {
      const r = await fn(trx);
      if (!done && (await hold(trx))) {
        done = true;
        stopped();
        await gate;
      }
      return r;
    }),
  };
  return { db, held, release };
}

const noPostgres = !process.env.DATABASE_URL && 'DATABASE_URL がありません（PGlite は1接続のため取引が重ならず、この競合は起こりません）';

test('postgres: 記帳の取引の途中で決定した取下げは、記帳を待ってその記帳を取り消す', { skip: noPostgres }, async () => {
  const { c, w, kase } = await withdrawalAsked('postgres');
  const { k } = c;
  try {
    // the posting transaction that has written the claim's entries stops before it commits
    const posting = holding(k, async (trx) => (await trx.selectFrom('ledger_entries').select('entry_id').where('file_id', '=', w.fileId).where('seq', '=', w.seq).execute()).length > 0);
    const posted = postMonth(posting.db, '13', '2025-05', '2025-06', POST);
    await Promise.race([posting.held, posted.then(() => assert.fail('the posting finished without posting the claim'))]);
    const deciding = decideCase(k, '13', kase.caseId, decision);
    await someoneWaitsForALock(k);
    posting.release();
    const [p, d] = await Promise.all([posted, deciding]);
    assert.ok(p.priced > 10, JSON.stringify(p));

    const rows = await claimRows(k, w);
    assert.equal(rows.state, 'withdrawn');
    const own = rows.entries.filter((e) => e.reverses === null);
    const reversals = rows.entries.filter((e) => e.reverses !== null);
    assert.ok(own.length >= 2, 'the posting paid the claim');
    assert.equal(d.inserted, own.length, 'the decision saw the posted entries and reversed each');
    assert.deepEqual(reversals.map((e) => [e.reverses, e.amount]), own.map((e) => [e.posting_key, -e.amount]));
    for (const a of LEDGER_ACCOUNTS) assert.equal(rows.entries.filter((e) => e.account === a).reduce((n, e) => n + e.amount, 0), 0, `${a}: nothing of the withdrawn claim is paid`);
    assert.equal(monthBalance(await k.withFederation('13', (trx) => monthEntries(trx, '2025-06'))).imbalance, 0);
  } finally {
    await c.dispose();
  }
});

test('postgres: 決定の取引の途中で始まった記帳は、決定を待って取り下げたレセプトを記帳しない', { skip: noPostgres }, async () => {
  const { c, w, kase } = await withdrawalAsked('postgres');
  const { k } = c;
  try {
    // the decision's transaction that has withdrawn the claim stops before it commits
    const deciding = holding(k, async (trx) => (await trx.selectFrom('claims').select('state').where('file_id', '=', w.fileId).where('seq', '=', w.seq).executeTakeFirst())?.state === 'withdrawn');
    const decided = decideCase(deciding.db, '13', kase.caseId, decision);
    await Promise.race([deciding.held, decided.then(() => assert.fail('the decision finished without withdrawing the claim'))]);
    const posted = postMonth(k, '13', '2025-05', '2025-06', POST);
    await someoneWaitsForALock(k);
    deciding.release();
    const [d, p] = await Promise.all([decided, posted]);
    assert.deepEqual([d.case.state, d.inserted], ['decided', 0]);
    assert.ok(p.priced > 10, JSON.stringify(p));
    assert.deepEqual(await claimRows(k, w), { state: 'withdrawn', entries: [] }, 'the withdrawn claim is not paid');
  } finally {
    await c.dispose();
  }
});
