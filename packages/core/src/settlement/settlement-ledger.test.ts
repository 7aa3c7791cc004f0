import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthBalance, type ClaimAmounts } from '../ledger/index.ts';
import {
  columnTotals, FEDERATION_CODES, insurerFederationPosting, isSettledRow, receivingDetailCsv, receivingFederationDetails, rowTotals,
  buildSettlementMatrix, payingFederationDetails, settlementClaimOf, settlementKindOf, settlementReport,
} from './index.ts';
import { generatedMonth, shuffled, WORKED } from './settlement.test-support.ts';

// 全国決済 on the ledger (settlement-postings.ts): seed 001 「診療報酬等全国決済業務の実施」, rules-reference.md
// §10.2 — "the insurer's 連合会 bills its insurers as for local claims and passes on 再審査 and 過誤
// through the same channel" (netting mechanics [U]). 公費 stays with the provider's federation.

/** Claim A of the worked month: 13's provider treated an insured of 14's insurer 140012. */
const A: ClaimAmounts = {
  postingMonth: '2025-06', serviceMonth: '2025-05', claim: { fileId: 11, seq: 1 }, postingKey: 'claim:11:1', reverses: undefined, category: 'medical-outpatient',
  insurerNumber: '140012', insurerPrefecture: '14', providerFederation: '13', providerCode: '1310000045', claims: 1, points: 10_000, medicalCost: 100_000,
  copay: 20_000, insurerPays: 70_000, publicExpensePays: 10_000, mealCost: 0, reviewFee: 60, reason: '審査決定',
};

test('which rows a provider federation settles', () => {
  assert.equal(isSettledRow(A, '13'), true);
  assert.equal(isSettledRow({ ...A, insurerPrefecture: '13' }, '13'), false, 'own prefecture');
  assert.equal(isSettledRow({ ...A, postingKey: 'settlement:27:claim:1:1', providerFederation: '27' }, '13'), false, 'a copy made by a run');
  assert.equal(isSettledRow(A, '14'), false, 'another federation\'s row');
  assert.equal(isSettledRow({ ...A, insurerNumber: '', insurerPrefecture: '' }, '13'), false, '公費単独: no insurer');
  assert.equal(isSettledRow({ ...A, insurerPrefecture: '48' }, '13'), false, 'no prefecture 48');
});

test('the kind the detail shows', () => {
  assert.equal(settlementKindOf(A), 'claim');
  assert.equal(settlementKindOf({ postingKey: 'correction:9:reverse:claim:11:1', reverses: 'claim:11:1', reason: '過誤（通常過誤）: 資格喪失後の受診' }), 'correction');
  assert.equal(settlementKindOf({ postingKey: 'correction:4:reverse:claim:11:1', reverses: 'claim:11:1', reason: '再審査（査定）' }), 'reReview');
  assert.equal(settlementKindOf({ postingKey: 'correction:4:repost:claim:11:1', reverses: undefined, reason: '再審査（査定）' }), 'reReview');
  assert.deepEqual(settlementClaimOf(A), {
    claimKey: 'claim:11:1', providerFederation: '13', insurerFederation: '14', insurerNumber: '140012', insurerPays: 70_000,
    providerCode: '1310000045', serviceMonth: '2025-05', kind: 'claim',
  }, 'the insurer\'s share only: 13 bills the 公費 10,000 itself');
});

test('the copy in the insurer federation\'s books: insurer-benefit and settlement of the same amount, the fee apart', () => {
  const p = insurerFederationPosting(A, 45);
  assert.deepEqual(p.entries.map((e) => [e.postingKey, e.account, `${e.debtor.type}:${e.debtor.code}`, `${e.creditor.type}:${e.creditor.code}`, e.amount, e.reverses]), [
    ['settlement:13:claim:11:1:insurer', 'insurer-benefit', 'insurer:140012', 'federation:14', 70_000, undefined],
    ['settlement:13:claim:11:1:settlement', 'settlement', 'federation:14', 'federation:13', 70_000, undefined],
    ['settlement:13:claim:11:1:fee', 'review-fee', 'insurer:140012', 'federation:14', 45, undefined],
  ]);
  assert.equal(monthBalance(p.entries).imbalance, 0, '14\'s books balance with the copy');
  assert.deepEqual([p.amounts.postingKey, p.amounts.providerFederation, p.amounts.insurerPrefecture, p.amounts.reviewFee, p.amounts.medicalCost, p.amounts.publicExpensePays],
    ['settlement:13:claim:11:1', '13', '14', 45, 100_000, 10_000], 'figures copied; the fee is 14\'s');
  assert.ok(p.entries.every((e) => e.postingMonth === '2025-06' && e.claim?.fileId === 11 && e.reason === '全国決済: 審査決定'));

  // its reversal by a 過誤 case in 13's books reverses the copy
  const rev: ClaimAmounts = { ...A, postingMonth: '2025-07', postingKey: 'correction:9:reverse:claim:11:1', reverses: 'claim:11:1', claims: -1, insurerPays: -70_000, medicalCost: -100_000, reviewFee: -60, reason: '過誤' };
  const r = insurerFederationPosting(rev, -45);
  assert.deepEqual(r.entries.map((e) => [e.postingKey, e.reverses, e.amount]), [
    ['settlement:13:correction:9:reverse:claim:11:1:insurer', 'settlement:13:claim:11:1:insurer', -70_000],
    ['settlement:13:correction:9:reverse:claim:11:1:settlement', 'settlement:13:claim:11:1:settlement', -70_000],
    ['settlement:13:correction:9:reverse:claim:11:1:fee', 'settlement:13:claim:11:1:fee', -45],
  ]);
  assert.equal(r.amounts.reverses, 'settlement:13:claim:11:1');
  // no entry for a zero amount (a claim the 公費 pays whole), but the claim is still copied for the bill's count
  const zero = insurerFederationPosting({ ...A, insurerPays: 0 }, 0);
  assert.deepEqual([zero.entries.length, zero.amounts.claims], [0, 1]);
});

test('worked month: the receiving federations\' detail and its CSV', () => {
  const d = receivingFederationDetails(WORKED);
  assert.ok(d.ok);
  assert.deepEqual(d.value.map((x) => [x.federation, x.total.amount]), [['13', 84_000], ['14', 30_000], ['27', 48_000]], 'the columns of the matrix');
  assert.deepEqual(d.value[0]!.byInsurerFederation.map((t) => [t.insurerFederation, t.amount]), [['14', 70_000], ['27', 14_000]]);
  assert.equal(receivingDetailCsv(d.value[2]!), [
    '行区分,保険者側の連合会,都道府県名,保険者番号,医療機関コード,診療年月,レセプト,区分,件数,保険者負担額,公費負担額,決済額',
    '明細,13,東京都,39131008,,,C,審査決定,1,56000,0,56000',
    '連合会計,13,東京都,,,,,,1,56000,0,56000',
    '明細,14,神奈川県,140012,,2025-02,F,過誤調整,1,-8000,0,-8000',
    '連合会計,14,神奈川県,,,,,,1,-8000,0,-8000',
    '合計,,,,,,,,2,48000,0,48000', ''].join('\r\n'));
});

test('generated month: details add up to the matrix; the report\'s files do not depend on the input order', () => {
  const records = generatedMonth(7, 3_000);
  const m = buildSettlementMatrix(records);
  const recv = receivingFederationDetails(records);
  const pay = payingFederationDetails(records);
  assert.ok(m.ok && recv.ok && pay.ok);
  for (const f of FEDERATION_CODES) {
    assert.deepEqual(recv.value.find((d) => d.federation === f)?.total ?? { claims: 0, insurerPays: 0, publicExpensePays: 0, amount: 0 }, columnTotals(m.value, f), f);
    assert.deepEqual(pay.value.find((d) => d.federation === f)?.total ?? { claims: 0, insurerPays: 0, publicExpensePays: 0, amount: 0 }, rowTotals(m.value, f), f);
  }
  const a = settlementReport(records), b = settlementReport(shuffled(records, 3));
  assert.ok(a.ok && b.ok);
  assert.deepEqual(b.value.files, a.value.files);
  assert.equal(a.value.files.length, 2 + pay.value.length + recv.value.length);
  assert.deepEqual(a.value.files.map((f) => f.name).slice(0, 3), ['settlement-matrix.csv', 'settlement-transfers.csv', 'paying-01.csv']);
  // a detail file's 合計 row is its federation's row total
  const p13 = a.value.files.find((f) => f.name === 'paying-13.csv')!.text.trimEnd().split('\r\n').at(-1)!.split(',');
  assert.equal(Number(p13.at(-1)), rowTotals(m.value, '13').amount);
  const bad = settlementReport([{ ...WORKED[0]!, insurerFederation: '48' }]);
  assert.ok(!bad.ok && bad.errors[0]!.code === 'unknownFederation');
});
