/**
 * A federation cannot close a month whose claims of other prefectures' insurers the 全国決済 has not
 * settled as they stand: closed, a claim posted after the run could never be settled (the provider
 * paid, the insurer's federation never bills it). Closing asks for it (`requireSettlement`, as the
 * commands do); after a rerun the month closes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import { closeMonth } from '../ledger/close-month.ts';
import { LedgerError } from '../ledger/post-entries.ts';
import { handPosting, postHand } from './hand-postings.test-support.ts';
import { runSettlement } from './run-settlement.ts';

const base = { postingMonth: '2025-06', serviceMonth: '2025-05' } as const;
const A = handPosting({ ...base, federation: '13', fileId: 11, seq: 1, insurerNumber: '140012', insurerPrefecture: '14', medicalCost: 100_000, insurerPays: 70_000 });
const G = handPosting({ ...base, federation: '13', fileId: 11, seq: 2, insurerNumber: '140012', insurerPrefecture: '14', medicalCost: 50_000, insurerPays: 35_000 });
const own = handPosting({ ...base, federation: '27', fileId: 31, seq: 1, insurerNumber: '270017', insurerPrefecture: '27', medicalCost: 10_000, insurerPays: 7_000 });

const refusal = (e: unknown) => e instanceof LedgerError && e.code === 'UNSETTLED';

for (const engine of testEngines()) {
  test(`[${engine}] closing waits for the 全国決済 of the month's claims of other prefectures' insurers`, async () => {
    const k = await createTestDatabase(engine);
    try {
      await postHand(k, '13', [A]);
      await postHand(k, '27', [own]);
      await assert.rejects(closeMonth(k, '13', '2025-06', 'test', { requireSettlement: true }), refusal, 'no run yet');
      await runSettlement(k, '2025-06', { runBy: 'test' });
      await postHand(k, '13', [G]);
      await assert.rejects(closeMonth(k, '13', '2025-06', 'test', { requireSettlement: true }), (e) => refusal(e) && /都道府県 14: 帳簿 2件 105,000円、決済 1件 70,000円/.test((e as Error).message), 'a claim posted after the run');
      // a federation with only its own insurers' claims closes without a run
      assert.equal((await closeMonth(k, '27', '2025-06', 'test', { requireSettlement: true })).entries, own.entries.length);
      await runSettlement(k, '2025-06', { runBy: 'test' });
      const closed = await closeMonth(k, '13', '2025-06', 'test', { requireSettlement: true });
      assert.equal(closed.entries, A.entries.length + G.entries.length);
      assert.equal((await closeMonth(k, '14', '2025-06', 'test', { requireSettlement: true })).totals.settlement, 105_000);
    } finally {
      await k.dispose();
    }
  });
}
