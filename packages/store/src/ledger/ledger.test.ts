/**
 * The books of a month: posting is idempotent, a different entry under a posted key is refused, a
 * closed month takes nothing more (corrections go to a later month), closing records a digest that
 * verifying reproduces, and the application can neither update nor delete an entry; an entry edited
 * by the table owner no longer matches its month's digest.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { claimPostings, reversalPostings, type PricedClaim } from '@kokuho/core/ledger';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import { closeMonth, verifyClosing } from './close-month.ts';
import { LedgerError, postEntries } from './post-entries.ts';

const claim = (seq: number, insurerPays: number): PricedClaim => ({
  fileId: 1, seq, serviceMonth: '2025-05', federation: '13', providerCode: '1310000045', insurerNumber: '138057',
  medicalCost: insurerPays + 1_000, copay: 1_000, insurerPays, publicExpense: [], reviewFee: 60,
});

for (const engine of testEngines()) {
  test(`[${engine}] ledger: idempotent posting, closing with a digest, corrections in a later month, append-only`, async () => {
    const k = await createTestDatabase(engine);
    try {
      const june = [...claimPostings(claim(1, 5_320), '2025-06'), ...claimPostings(claim(2, 12_000), '2025-06')];
      const post = (entries: typeof june) => k.withFederation('13', (trx) => postEntries(trx, '13', entries, 'test'));
      assert.deepEqual(await post(june), { inserted: 6, existing: 0 });
      assert.deepEqual(await post(june), { inserted: 0, existing: 6 }, 'posting again writes nothing');
      const changed = claimPostings(claim(2, 11_000), '2025-06');
      await assert.rejects(post(changed), (e: unknown) => e instanceof LedgerError && e.code === 'CONFLICT');

      const closing = await closeMonth(k, '13', '2025-06', 'test');
      assert.equal(closing.entries, 6);
      assert.deepEqual(closing.totals, { 'insurer-benefit': 17_320, 'public-expense': 0, 'provider-payment': 17_320, 'review-fee': 120, settlement: 0 });
      assert.match(closing.digest, /^[0-9a-f]{64}$/);
      assert.deepEqual(await closeMonth(k, '13', '2025-06', 'someone else'), closing, 'closing twice answers the first closing');
      assert.deepEqual((await verifyClosing(k, '13', '2025-06')).ok, true);

      // 過誤: claim 2 reversed — not in the closed month, in August
      await assert.rejects(post(reversalPostings(claimPostings(claim(2, 12_000), '2025-06'), '2025-06', '過誤', 'kago:1')), (e: unknown) => e instanceof LedgerError && e.code === 'MONTH_CLOSED');
      assert.equal((await post(reversalPostings(claimPostings(claim(2, 12_000), '2025-06'), '2025-08', '過誤', 'kago:1'))).inserted, 3);
      const august = await closeMonth(k, '13', '2025-08', 'test');
      assert.deepEqual(august.totals, { 'insurer-benefit': -12_000, 'public-expense': 0, 'provider-payment': -12_000, 'review-fee': -60, settlement: 0 });

      // the application may not rewrite the books
      await assert.rejects(k.withFederation('13', (trx) => sql`update ledger_entries set amount = 1`.execute(trx)));
      await assert.rejects(k.withFederation('13', (trx) => sql`delete from ledger_entries`.execute(trx)));
      // another federation sees none of them
      assert.equal((await k.withFederation('27', (trx) => trx.selectFrom('ledger_entries').select('entry_id').execute())).length, 0);
      // an entry edited behind the application's back breaks the month's digest
      await sql`update ledger_entries set amount = amount + 1 where posting_key = 'claim:1:1:insurer'`.execute(k.db);
      const v = await verifyClosing(k, '13', '2025-06');
      assert.equal(v.ok, false);
      assert.notEqual(v.digest, closing.digest);
    } finally {
      await k.dispose();
    }
  });
}
