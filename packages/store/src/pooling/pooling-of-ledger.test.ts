/**
 * 共同事業 from the ledger, a worked 年度 (令和7年度 = 2025-04..2026-03). Thresholds (pooling-rules.ts):
 * 高額医療費 国保 over ¥800,000, the part above it, 国・都道府県 ¼ each (seed 001; rules-reference.md §6);
 * 特別高額 国保 over ¥4,200,000, the part above ¥2,000,000; 後期 over ¥4,000,000, the part above
 * ¥2,000,000 (seed 001). Claims, by the federation whose books hold them:
 *   13  X 国保 138057 (13)   900,000                        → 高額 100,000
 *   13  Y 国保 140012 (14) 4,200,010, settled to 14         → 高額 3,400,010; 特別高額 2,200,010 — once, for 14
 *   13  Z 後期 39131008 (13) 5,000,000, 再審査 in July: reversed and reposted at 4,000,010 → 特別高額 2,000,010
 *   13  U 国保 138057 (13)   800,000 in 2026-03              → counts nothing (80万円「超」), still 令和7年度
 *   13  T 国保 138057 (13) 9,000,000 in 2026-04              → 令和8年度: not in the range
 *   14  W 国保 140012 (14) 1,000,000, 過誤 in July           → reversed whole: not counted
 *   14  V 公費単独 (no insurer)                                → not counted
 * 国保 令和7年度: 3 claims (X, U, Y) 5,900,010; 高額 2 claims 5,100,010 counted 3,500,010, ¼ = 875,002 (875,002.5, cut below 1円);
 * 特別高額 1 claim 4,200,010 counted 2,200,010. 後期: 1 claim 4,000,010, 特別高額 2,000,010.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import { handPosting, handReversal, postHand } from '../settlement/hand-postings.test-support.ts';
import { runSettlement } from '../settlement/run-settlement.ts';
import { poolingOf } from './pooling-of-ledger.ts';

const may = { postingMonth: '2025-06', serviceMonth: '2025-05' };
const X = handPosting({ ...may, federation: '13', fileId: 1, seq: 1, insurerNumber: '138057', insurerPrefecture: '13', medicalCost: 900_000, insurerPays: 630_000 });
const Y = handPosting({ ...may, federation: '13', fileId: 1, seq: 2, insurerNumber: '140012', insurerPrefecture: '14', medicalCost: 4_200_010, insurerPays: 4_100_010 });
const Z = handPosting({ ...may, federation: '13', fileId: 1, seq: 3, insurerNumber: '39131008', insurerPrefecture: '13', medicalCost: 5_000_000, insurerPays: 4_900_000, category: 'medical-inpatient' });
const U = handPosting({ postingMonth: '2026-04', serviceMonth: '2026-03', federation: '13', fileId: 5, seq: 1, insurerNumber: '138057', insurerPrefecture: '13', medicalCost: 800_000, insurerPays: 560_000 });
const T = handPosting({ postingMonth: '2026-05', serviceMonth: '2026-04', federation: '13', fileId: 6, seq: 1, insurerNumber: '138057', insurerPrefecture: '13', medicalCost: 9_000_000, insurerPays: 8_900_000 });
const W = handPosting({ ...may, federation: '14', fileId: 2, seq: 1, insurerNumber: '140012', insurerPrefecture: '14', medicalCost: 1_000_000, insurerPays: 700_000 });
const V = handPosting({ ...may, federation: '14', fileId: 2, seq: 2, insurerNumber: '', insurerPrefecture: '', medicalCost: 30_000, insurerPays: 0, publicExpensePays: 30_000 });
/** The 再審査 査定 of Z: its posting reversed and the claim posted again at its new amount, by case 4. */
const reReview = handReversal(Z, '2025-07', '再審査（査定）', 'correction:4');
const zAgain = handPosting({ ...Z.amounts, federation: '13', fileId: 1, seq: 3, insurerNumber: '39131008', insurerPrefecture: '13', postingMonth: '2025-07', medicalCost: 4_000_010, insurerPays: 3_900_010, category: 'medical-inpatient' });
const zRepost = {
  entries: zAgain.entries.map((e) => ({ ...e, postingKey: `correction:4:repost:${e.postingKey}`, reason: '再審査（査定）' })),
  amounts: { ...zAgain.amounts, postingKey: 'correction:4:repost:claim:1:3', reason: '再審査（査定）' },
};

for (const engine of testEngines()) {
  test(`[${engine}] pooling from the ledger: a worked 年度, each claim once, net of reversals`, async () => {
    const k = await createTestDatabase(engine);
    try {
      await postHand(k, '13', [X, Y, Z]);
      await postHand(k, '14', [W, V]);
      await postHand(k, '13', [reReview, zRepost, U, T]);
      await postHand(k, '14', [handReversal(W, '2025-07', '過誤（通常過誤）', 'correction:5')]);
      // the settlement copies Y into 14's books: pooling must still count it once
      await runSettlement(k, '2025-06', { runBy: 'test' });
      assert.equal((await k.withFederation('14', (trx) => trx.selectFrom('ledger_claim_amounts').select('posting_key').where('posting_key', 'like', 'settlement:%').execute())).length, 1);

      const year = await poolingOf(k, { fiscalYear: 2025 });
      assert.deepEqual([year.from, year.to, year.label, year.claims], ['2025-04', '2026-03', '令和7年度', 4]);
      assert.deepEqual(year.skipped, { reversed: 1, noInsurer: 1, otherInsurer: 0, unknownPrefecture: 0 });
      const national = year.summary.nationalByFiscalYear;
      assert.deepEqual(national.map((r) => [r.scheme, r.claims, r.medicalCost, r.highCost.claims, r.highCost.countedPart, r.highCost.quarterShare, r.extraHighCost.claims, r.extraHighCost.countedPart]), [
        ['国保', 3, 5_900_010, 2, 3_500_010, 875_002, 1, 2_200_010],
        ['後期', 1, 4_000_010, 0, 0, 0, 1, 2_000_010],
      ]);
      // by the insurer's prefecture: Y falls on 14 though 13's provider treated it
      assert.deepEqual(year.summary.byPrefectureFiscalYear.map((r) => [r.prefecture, r.scheme, r.claims, r.highCost.countedPart, r.extraHighCost.countedPart]), [
        ['13', '国保', 2, 100_000, 0], ['13', '後期', 1, 0, 2_000_010], ['14', '国保', 1, 3_400_010, 2_200_010],
      ]);
      assert.deepEqual(year.summary.nationalByMonth.map((r) => [r.scheme, r.month, r.claims]), [['国保', '2025-05', 2], ['国保', '2026-03', 1], ['後期', '2025-05', 1]]);

      const month = await poolingOf(k, { month: '2026-04' });
      assert.deepEqual([month.claims, month.summary.nationalByMonth[0]!.extraHighCost.countedPart, month.label], [1, 7_000_000, '2026-04']);
      // the same books give the same files
      assert.deepEqual((await poolingOf(k, { fiscalYear: 2025 })).files, year.files);
      assert.equal(year.files.length, 6);
    } finally {
      await k.dispose();
    }
  });
}
