/**
 * 全国決済 on the ledger, a worked month between 13 東京, 14 神奈川 and 27 大阪, computed by hand.
 * Source of the principle: seed 001 「診療報酬等全国決済業務の実施」 (a provider bills its own
 * prefecture's federation; 国保中央会 offsets the amounts between federations), rules-reference.md
 * §10.2 [V for the principle; netting mechanics U: "the insurer's 連合会 bills its insurers as for local
 * claims and passes on 再審査 and 過誤 through the same channel"]. 公費 stays with the provider's
 * federation (the reference is silent on it).
 *
 * Posting month 2025-06 (2025-05 holds claim H, reversed in June):
 *   13 posts A (insurer 140012 of 14, 保険者 70,000), D (270017 of 27, 14,000), E (own 138057, 100,000)
 *   14 posts B (138057 of 13, 保険者 21,000 + 公費 9,000: only the 21,000 is settled)
 *   27 posts C (後期 39131008 of 13, 56,000) and, by 過誤 case 9, the reversal of H (140012, −8,000)
 * Matrix (row owes column): 14→13 70,000; 27→13 14,000; 13→14 21,000; 13→27 56,000; 14→27 −8,000.
 * Rows: 13 77,000, 14 62,000, 27 14,000; columns: 13 84,000, 14 21,000, 27 48,000.
 * Nets: 13 +7,000 (receives), 14 −41,000 (pays), 27 +34,000 (receives); the centre takes in 41,000
 * and pays out 41,000.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import type { FederationCode } from '@kokuho/core/common';
import { monthBalance } from '@kokuho/core/ledger';
import { owed } from '@kokuho/core/settlement';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import { closeMonth, monthEntries, verifyClosing } from '../ledger/close-month.ts';
import { monthClaimAmounts } from '../ledger/post-claims.ts';
import { handPosting, handReversal, postHand } from './hand-postings.test-support.ts';
import { runSettlement } from './run-settlement.ts';
import { SettlementRunError } from './settlement-errors.ts';
import { settlementOf } from './settlement-runs.ts';
import { verifySettlement } from './verify-settlement.ts';
import { writeCsvFiles } from './write-csv-files.ts';

const JUNE = '2025-06';
const base = { postingMonth: JUNE, serviceMonth: '2025-05' };
const A = handPosting({ ...base, federation: '13', fileId: 11, seq: 1, insurerNumber: '140012', insurerPrefecture: '14', medicalCost: 100_000, insurerPays: 70_000 });
const D = handPosting({ ...base, federation: '13', fileId: 11, seq: 2, insurerNumber: '270017', insurerPrefecture: '27', medicalCost: 20_000, insurerPays: 14_000, category: 'pharmacy' });
const E = handPosting({ ...base, federation: '13', fileId: 11, seq: 3, insurerNumber: '138057', insurerPrefecture: '13', medicalCost: 142_860, insurerPays: 100_000 });
const B = handPosting({ ...base, federation: '14', fileId: 21, seq: 1, insurerNumber: '138057', insurerPrefecture: '13', medicalCost: 30_000, insurerPays: 21_000, publicExpensePays: 9_000 });
const C = handPosting({ ...base, federation: '27', fileId: 31, seq: 1, insurerNumber: '39131008', insurerPrefecture: '13', medicalCost: 62_230, insurerPays: 56_000, category: 'medical-inpatient' });
const H = handPosting({ postingMonth: '2025-05', serviceMonth: '2025-04', federation: '27', fileId: 30, seq: 7, insurerNumber: '140012', insurerPrefecture: '14', medicalCost: 11_430, insurerPays: 8_000 });
const F = handReversal(H, JUNE, '過誤（通常過誤）: 資格喪失後の受診', 'correction:9');

/** What each insurer federation charges its insurers per claim: 14 charged 60 in May and 70 from June. */
const fee = (federation: FederationCode, _insurer: string, _category: string, month: string): number => (federation === '14' && month < JUNE ? 60 : 70);

const sum = (xs: readonly { amount: number }[]) => xs.reduce((n, e) => n + e.amount, 0);

for (const engine of testEngines()) {
  test(`[${engine}] settlement run: worked month, balanced books in every federation, rerun, closed months, reproduced CSVs`, async () => {
    const k = await createTestDatabase(engine);
    const dir = mkdtempSync(join(tmpdir(), 'kokuho-settlement-'));
    try {
      await postHand(k, '27', [H]);
      const may = await runSettlement(k, '2025-05', { runBy: 'test', reviewFee: fee });
      assert.equal(may.records, 1);
      assert.deepEqual(may.posted.map((p) => [p.federation, p.postings]), [['14', 1]]);
      for (const f of ['14', '27'] as const) await closeMonth(k, f, '2025-05', 'test');
      await assert.rejects(runSettlement(k, '2025-05', { runBy: 'test' }), (e: unknown) => e instanceof SettlementRunError && e.code === 'MONTH_CLOSED' && /締め済み/.test(e.message) && /神奈川県/.test(e.message));

      await postHand(k, '13', [A, D, E]);
      await postHand(k, '14', [B]);
      await postHand(k, '27', [C, F]);
      // a federation with nothing to settle may close first: it is not involved
      await closeMonth(k, '01', JUNE, 'test');
      const run = await runSettlement(k, JUNE, { runBy: 'test', reviewFee: fee });
      const m = run.report.matrix;
      const cells: [FederationCode, FederationCode, number][] = [['14', '13', 70_000], ['27', '13', 14_000], ['13', '14', 21_000], ['13', '27', 56_000], ['14', '27', -8_000], ['13', '13', 0], ['27', '14', 0]];
      for (const [d, c, amount] of cells) assert.equal(owed(m, d, c).amount, amount, `${d}→${c}`);
      assert.equal(owed(m, '13', '14').publicExpensePays, 0, 'B\'s 公費 9,000 stays with 14');
      assert.equal(m.total.amount, 153_000);
      assert.equal(run.records, 5);
      const t = (f: FederationCode) => run.report.netting.transfers.find((x) => x.federation === f)!;
      assert.deepEqual([t('13').net, t('14').net, t('27').net, t('01').net], [7_000, -41_000, 34_000, 0]);
      assert.deepEqual([t('13').direction, t('14').direction, t('27').direction], ['receive', 'pay', 'receive']);
      assert.equal(run.report.netting.netSum, 0);
      assert.deepEqual([run.report.netting.centralReceives, run.report.netting.centralPaysOut], [41_000, 41_000]);
      assert.deepEqual(run.posted.map((p) => [p.federation, p.postings]), [['13', 2], ['14', 2], ['27', 1]]);
      assert.equal(run.recorded, true);
      assert.deepEqual(run.stored.federations, ['13', '14', '27']);

      // every federation's books balance, and settlement in − settlement out is its transfer
      for (const f of ['13', '14', '27'] as const) {
        const { entries, amounts } = await k.withFederation(f, async (trx) => ({ entries: await monthEntries(trx, JUNE), amounts: await monthClaimAmounts(trx, JUNE) }));
        const balance = monthBalance(entries);
        assert.equal(balance.imbalance, 0, f);
        const prefectureOf = new Map(amounts.map((a) => [a.insurerNumber, a.insurerPrefecture]));
        const own = (e: (typeof entries)[number]) => e.debtor.type !== 'insurer' || prefectureOf.get(e.debtor.code) === f;
        const billed = sum(entries.filter((e) => ['insurer-benefit', 'public-expense', 'review-fee'].includes(e.account) && own(e)));
        const settlementIn = sum(entries.filter((e) => e.account === 'insurer-benefit' && !own(e)));
        const settlementOut = balance.byAccount.settlement;
        assert.equal(billed + settlementIn - settlementOut, balance.byAccount['provider-payment'] + balance.byAccount['review-fee'], f);
        assert.equal(settlementIn - settlementOut, t(f).net, `${f}: in − out is its transfer`);
      }

      // 14 bills its insurer 140012 for A and takes back H: 70,000 − 8,000; the fee for A is June's 70,
      // the reversal takes back the 60 charged on H's copy in May
      const bill14 = await k.withFederation('14', (trx) => monthEntries(trx, JUNE));
      assert.equal(sum(bill14.filter((e) => e.account === 'insurer-benefit' && e.debtor.code === '140012')), 62_000);
      assert.deepEqual(bill14.filter((e) => e.account === 'review-fee').map((e) => e.amount).sort(), [-60, 70]);
      assert.deepEqual(bill14.filter((e) => e.account === 'settlement').map((e) => [e.creditor.code, e.amount]).sort(), [['13', 70_000], ['27', -8_000]]);
      const copyF = (await k.withFederation('14', (trx) => monthClaimAmounts(trx, JUNE))).find((a) => a.reverses)!;
      assert.deepEqual([copyF.postingKey, copyF.reverses, copyF.providerFederation, copyF.claims, copyF.insurerPays], [
        'settlement:27:correction:9:reverse:claim:30:7', 'settlement:27:claim:30:7', '27', -1, -8_000]);

      // rerun: nothing posted twice, nothing recorded twice, the same digest
      const again = await runSettlement(k, JUNE, { runBy: 'test', reviewFee: fee });
      assert.deepEqual(again.posted.map((p) => p.inserted), [0, 0, 0]);
      assert.equal(again.recorded, false);
      assert.equal(again.digest, run.digest);
      assert.equal((await settlementOf(k, JUNE))!.runs, 1);

      // the files: exact detail of the paying federation 14, and Shift_JIS that decodes to the same text
      const paying14 = run.report.files.find((f) => f.name === 'paying-14.csv')!.text;
      assert.equal(paying14, [
        '行区分,保険者番号,医療機関側の連合会,都道府県名,医療機関コード,診療年月,レセプト,区分,件数,保険者負担額,公費負担額,決済額',
        '明細,140012,13,東京都,1310000045,2025-05,claim:11:1,審査決定,1,70000,0,70000',
        '明細,140012,27,大阪府,2710000045,2025-04,correction:9:reverse:claim:30:7,過誤調整,1,-8000,0,-8000',
        '保険者計,140012,,,,,,,2,62000,0,62000',
        '連合会計,,13,東京都,,,,,1,70000,0,70000',
        '連合会計,,27,大阪府,,,,,1,-8000,0,-8000',
        '合計,,,,,,,,2,62000,0,62000', ''].join('\r\n'));
      assert.deepEqual(run.report.files.map((f) => f.name), [
        'settlement-matrix.csv', 'settlement-transfers.csv', 'paying-13.csv', 'paying-14.csv', 'paying-27.csv', 'receiving-13.csv', 'receiving-14.csv', 'receiving-27.csv']);
      const utf8 = writeCsvFiles(join(dir, 'utf8'), run.report.files);
      const sjis = writeCsvFiles(join(dir, 'sjis'), run.report.files, 'sjis');
      run.report.files.forEach((f, i) => {
        assert.equal(readFileSync(utf8[i]!, 'utf8'), f.text);
        assert.equal(iconv.decode(readFileSync(sjis[i]!), 'cp932'), f.text);
      });

      // every federation closes June and verifies; the settlement is then reproduced from the books
      for (const f of ['13', '14', '27'] as const) {
        await closeMonth(k, f, JUNE, 'test');
        assert.equal((await verifyClosing(k, f, JUNE)).ok, true, f);
      }
      await assert.rejects(runSettlement(k, JUNE, { runBy: 'test', reviewFee: fee }), (e: unknown) => e instanceof SettlementRunError && e.code === 'MONTH_CLOSED');
      const v = await verifySettlement(k, JUNE);
      assert.deepEqual([v.ok, v.missing, v.extra, v.computed.digest], [true, [], [], run.digest]);
      const redone = writeCsvFiles(join(dir, 'again'), v.computed.report.files);
      redone.forEach((p, i) => assert.deepEqual(readFileSync(p), readFileSync(utf8[i]!), p));
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await k.dispose();
    }
  });

  test(`[${engine}] settlement rerun with another fee: the new copies take it, the copies already posted keep theirs`, async () => {
    const k = await createTestDatabase(engine);
    try {
      await postHand(k, '13', [A]);
      const first = await runSettlement(k, JUNE, { runBy: 'test', reviewFee: () => 60 });
      assert.deepEqual(first.posted.map((p) => [p.federation, p.inserted]), [['14', 3]]);
      // after the run: a late claim G of 14's insurer, and A taken back by a 過誤 in the same month
      const G = handPosting({ ...base, federation: '13', fileId: 11, seq: 4, insurerNumber: '140012', insurerPrefecture: '14', medicalCost: 50_000, insurerPays: 35_000 });
      await postHand(k, '13', [G, handReversal(A, JUNE, '過誤（通常過誤）: 資格喪失後の受診', 'correction:5')]);
      const booksBefore = await k.withFederation('14', (trx) => monthClaimAmounts(trx, JUNE));

      // the fee is now 70: the rerun posts the two missing copies and leaves A's copy as it was
      const rerun = await runSettlement(k, JUNE, { runBy: 'test', reviewFee: () => 70 });
      assert.deepEqual(rerun.posted.map((p) => [p.federation, p.postings, p.existing > 0]), [['14', 3, true]]);
      const books = await k.withFederation('14', (trx) => monthClaimAmounts(trx, JUNE));
      const fee = (key: string) => books.find((a) => a.postingKey === key)?.reviewFee;
      assert.deepEqual([fee('settlement:13:claim:11:1'), fee('settlement:13:claim:11:4'), fee('settlement:13:correction:5:reverse:claim:11:1')], [60, 70, -60],
        'A keeps 60, G is charged 70, A\'s reversal takes back the 60 charged');
      assert.deepEqual(books.filter((a) => booksBefore.some((b) => b.postingKey === a.postingKey)), booksBefore, 'the copies already posted are untouched');
      const entries = await k.withFederation('14', (trx) => monthEntries(trx, JUNE));
      assert.deepEqual(entries.filter((e) => e.account === 'review-fee').map((e) => e.amount).sort((a, b) => a - b), [-60, 60, 70]);
      assert.equal(monthBalance(entries).imbalance, 0);
      const v = await verifySettlement(k, JUNE);
      assert.deepEqual([v.ok, v.missing], [true, []]);
    } finally {
      await k.dispose();
    }
  });

  test(`[${engine}] settlement run: a claim posted after the run makes a new run with a new digest; a copy missing is found`, async () => {
    const k = await createTestDatabase(engine);
    try {
      await postHand(k, '13', [A]);
      const first = await runSettlement(k, JUNE, { runBy: 'test' });
      await postHand(k, '13', [D]);
      assert.equal((await verifySettlement(k, JUNE)).ok, false, 'D is not settled yet');
      assert.deepEqual((await verifySettlement(k, JUNE)).missing, ['27|settlement:13:claim:11:2']);
      const second = await runSettlement(k, JUNE, { runBy: 'test' });
      assert.notEqual(second.digest, first.digest);
      assert.equal(second.recorded, true);
      const stored = (await settlementOf(k, JUNE))!;
      assert.deepEqual([stored.runs, stored.digest, stored.records, stored.gross], [2, second.digest, 2, 84_000]);
      assert.deepEqual(stored.cells, [
        { debtor: '14', creditor: '13', claims: 1, insurerPays: 70_000, publicExpensePays: 0, amount: 70_000 },
        { debtor: '27', creditor: '13', claims: 1, insurerPays: 14_000, publicExpensePays: 0, amount: 14_000 },
      ]);
      assert.equal(stored.transfers.length, 47);
      assert.equal((await verifySettlement(k, JUNE)).ok, true);
      assert.equal(await settlementOf(k, '2025-07'), undefined);
      // national: a federation's session reads the runs but cannot write one
      assert.equal((await k.withFederation('14', (trx) => trx.selectFrom('settlement_runs').select('digest').execute())).length, 2);
      await assert.rejects(k.withFederation('14', (trx) => trx.deleteFrom('settlement_runs').execute()), /permission denied/);
    } finally {
      await k.dispose();
    }
  });
}
