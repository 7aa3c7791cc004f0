/**
 * Entries of decided claims and their reversals. Worked examples: amounts from rules-reference.md §1.2
 * (医療費 = 点数 × 10; 保険者負担 = 医療費 − 一部負担金; a 公費 that pays the copay pays it to the provider
 * through the federation; the patient's copay is collected by the provider at the window).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimPostings, reversalPostings } from './claim-postings.ts';
import { monthBalance } from './month-balance.ts';
import { claimCategory, reversedAmounts, type ClaimAmounts } from './claim-amounts.ts';
import type { PricedClaim } from './ledger-types.ts';

const claim = (o: Partial<PricedClaim>): PricedClaim => ({
  fileId: 1, seq: 1, serviceMonth: '2025-05', federation: '13', providerCode: '1310000045', insurerNumber: '138057',
  medicalCost: 7_600, copay: 2_280, insurerPays: 5_320, publicExpense: [], reviewFee: 0, ...o,
});

const CASES: [string, Partial<PricedClaim>, [string, string, string, number][]][] = [
  ['3割負担 760点: 保険者 5,320円 → 連合会 → 医療機関', {}, [
    ['insurer-benefit', 'insurer:138057', 'federation:13', 5_320],
    ['provider-payment', 'federation:13', 'provider:1310000045', 5_320],
  ]],
  ['公費が一部負担金 3,000円を負担: 医療機関へは 10,000円', { medicalCost: 10_000, copay: 0, insurerPays: 7_000, publicExpense: [{ payerNumber: '12130015', pays: 3_000 }] }, [
    ['insurer-benefit', 'insurer:138057', 'federation:13', 7_000],
    ['public-expense', 'public-expense:12130015', 'federation:13', 3_000],
    ['provider-payment', 'federation:13', 'provider:1310000045', 10_000],
  ]],
  ['審査支払手数料 60円', { reviewFee: 60 }, [
    ['insurer-benefit', 'insurer:138057', 'federation:13', 5_320],
    ['provider-payment', 'federation:13', 'provider:1310000045', 5_320],
    ['review-fee', 'insurer:138057', 'federation:13', 60],
  ]],
  ['全額自己負担（保険者負担 0円）: 何も記帳しない', { medicalCost: 1_000, copay: 1_000, insurerPays: 0 }, []],
];

for (const [name, c, expected] of CASES) {
  test(`記帳: ${name}`, () => {
    const entries = claimPostings(claim(c), '2025-06');
    assert.deepEqual(entries.map((e) => [e.account, `${e.debtor.type}:${e.debtor.code}`, `${e.creditor.type}:${e.creditor.code}`, e.amount]), expected);
    assert.ok(entries.every((e) => e.postingMonth === '2025-06' && e.serviceMonth === '2025-05'));
    assert.equal(new Set(entries.map((e) => e.postingKey)).size, entries.length);
    assert.equal(monthBalance(entries).imbalance, 0);
  });
}

test('a reversal in a later month cancels the claim to the yen, keyed by its case', () => {
  const original = claimPostings(claim({ publicExpense: [{ payerNumber: '12130015', pays: 700 }], insurerPays: 4_620, copay: 2_280, reviewFee: 60 }), '2025-06');
  const reversed = reversalPostings(original, '2025-08', '過誤（保険者申出）', 'kago:17');
  assert.deepEqual(reversed.map((e) => e.amount), original.map((e) => -e.amount));
  assert.ok(reversed.every((e, i) => e.reverses === original[i]!.postingKey && e.postingMonth === '2025-08' && e.postingKey.startsWith('kago:17:')));
  const both = monthBalance([...original, ...reversed]);
  assert.deepEqual(Object.values(both.byAccount), [0, 0, 0, 0, 0]);
  assert.equal(monthBalance(reversed).imbalance, 0);
});

// 請求書 categories (issue 6 §3): 医科入院/入院外 by レセプト種別 (別表5: last digit odd = 入院, uke-format), DPC is 入院
test('a claim counts in the bill under its category', () => {
  const cases: [string, string, string][] = [
    ['medical', '1111', 'medical-inpatient'], ['medical', '1112', 'medical-outpatient'], ['medical', '1318', 'medical-outpatient'],
    ['medical', '1317', 'medical-inpatient'], ['dpc', '1111', 'medical-inpatient'], ['dental', '3112', 'dental'], ['pharmacy', '4116', 'pharmacy'],
  ];
  for (const [kind, type, category] of cases) assert.equal(claimCategory(kind, type), category, `${kind} ${type}`);
});

test('the reversal of a claim\'s amounts negates every figure and counts −1 claim', () => {
  const a: ClaimAmounts = {
    postingMonth: '2025-06', serviceMonth: '2025-05', claim: { fileId: 3, seq: 7 }, postingKey: 'claim:3:7', reverses: undefined, category: 'medical-outpatient',
    insurerNumber: '138016', insurerPrefecture: '13', providerFederation: '13', providerCode: '1312345', claims: 1, points: 760, medicalCost: 7_600, copay: 2_280,
    insurerPays: 5_320, publicExpensePays: 0, mealCost: 0, reviewFee: 60, reason: '審査決定',
  };
  const r = reversedAmounts(a, '2025-08', '過誤', 'kago:17');
  assert.deepEqual([r.claims, r.points, r.medicalCost, r.copay, r.insurerPays, r.reviewFee], [-1, -760, -7_600, -2_280, -5_320, -60]);
  assert.deepEqual([r.postingKey, r.reverses, r.postingMonth, r.serviceMonth], ['kago:17:reverse:claim:3:7', 'claim:3:7', '2025-08', '2025-05']);
});

test('a 公費単独 claim: the 公費 payer bears the claim and the review fee, the insurer nothing', () => {
  const entries = claimPostings(claim({ insurerNumber: '', insurerPays: 0, copay: 0, publicExpense: [{ payerNumber: '12130015', pays: 7_600 }], reviewFee: 60 }), '2025-06');
  assert.deepEqual(entries.map((e) => [e.account, `${e.debtor.type}:${e.debtor.code}`, e.amount]), [
    ['public-expense', 'public-expense:12130015', 7_600],
    ['provider-payment', 'federation:13', 7_600],
    ['review-fee', 'public-expense:12130015', 60],
  ]);
});
