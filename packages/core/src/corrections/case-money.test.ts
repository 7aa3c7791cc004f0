/**
 * The money of decided cases, worked examples. Amounts as in ledger/claim-postings.test.ts
 * (rules-reference.md §1.2: 医療費 = 点数 × 10, 3割負担 rounded to 10円, 保険者負担 = 医療費 − 一部負担金):
 * 760点 → 医療費 7,600円, 一部負担金 2,280円, 保険者負担 5,320円; 660点 → 6,600 / 1,980 / 4,620;
 * 700点 → 7,000 / 2,100 / 4,900. The flows are rules-reference.md §9.3: a 過誤 reverses the paid claim
 * in a later month, a 同月過誤 nets the reversal and the corrected claim in one month, a 再審査 査定
 * lowers the payment.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimPostings, monthBalance, type ClaimPosting, type LedgerEntry, type PricedClaim } from '../ledger/index.ts';
import type { CaseOutcome, CorrectionKind } from './case-types.ts';
import { caseMoney, standingReviewFee, type CaseMoney, type CaseMoneyInput } from './case-money.ts';
import { liveAmounts, liveEntries } from './live-entries.ts';

const priced = (o: Partial<PricedClaim>): PricedClaim => ({
  fileId: 1, seq: 7, serviceMonth: '2025-05', federation: '13', providerCode: '1310000045', insurerNumber: '138057',
  medicalCost: 7_600, copay: 2_280, insurerPays: 5_320, publicExpense: [], reviewFee: 60, ...o,
});
/** A claim's posting as the ledger makes it: its entries and its amounts row. */
function posting(c: PricedClaim, month: string, points: number): ClaimPosting {
  return {
    entries: claimPostings(c, month),
    amounts: {
      postingMonth: month, serviceMonth: c.serviceMonth, claim: { fileId: c.fileId, seq: c.seq }, postingKey: `claim:${c.fileId}:${c.seq}`, reverses: undefined,
      category: 'medical-outpatient', insurerNumber: c.insurerNumber, insurerPrefecture: '13', providerFederation: '13', providerCode: c.providerCode, claims: 1,
      points, medicalCost: c.medicalCost, copay: c.copay, insurerPays: c.insurerPays, publicExpensePays: 0, mealCost: 0, reviewFee: c.reviewFee, reason: '審査決定',
    },
  };
}
const june = posting(priced({}), '2025-06', 760);
/** A claim's books: its posting and what cases posted since. */
const books = (p: ClaimPosting, ...cases: CaseMoney[]) => ({ entries: [...p.entries, ...cases.flatMap((c) => c.entries)], amounts: [p.amounts, ...cases.flatMap((c) => c.amounts)] });
const paid = books(june);
const at660 = posting(priced({ medicalCost: 6_600, copay: 1_980, insurerPays: 4_620 }), '2025-09', 660);
const newClaim = posting(priced({ fileId: 9, seq: 1, medicalCost: 7_000, copay: 2_100, insurerPays: 4_900 }), '2025-09', 700);
const cut: CaseOutcome = { type: 'adjusted', cuts: [{ line: 12, code: '160000310', pointsBefore: 150, pointsAfter: 50, count: 1, reasonCode: 'B' }] };

const input = (kind: CorrectionKind, outcome: CaseOutcome, o: Partial<CaseMoneyInput> = {}): CaseMoneyInput => ({
  caseId: 17, kind, timing: kind === 'correction' ? 'ordinary' : undefined, reasonCode: 'eligibility-lost', outcome, postingMonth: '2025-09', claim: paid, ...o,
});
const amounts = (es: readonly LedgerEntry[]) => es.map((e) => [e.account, e.amount]);
const REVERSE_JUNE = [['insurer-benefit', -5_320], ['provider-payment', -5_320], ['review-fee', -60]];

/** [name, input, entries [account, yen], claims and points counted in the month] or the refusal's code. */
const CASES: [string, CaseMoneyInput, (string | number)[][] | string, [number, number]?][] = [
  ['通常過誤: 6月に支払った 5,320円を9月に取り消す（手数料 60円も）', input('correction', { type: 'accepted' }), REVERSE_JUNE, [-1, -760]],
  ['取下げ（支払後）: 過誤と同じく取り消す', input('withdrawal', { type: 'accepted' }), REVERSE_JUNE, [-1, -760]],
  ['取下げ（支払前）: 記帳がなければお金は動かない', input('withdrawal', { type: 'accepted' }, { claim: { entries: [], amounts: [] } }), [], [0, 0]],
  ['再審査 原審どおり: 何も記帳しない', input('re-review', { type: 'unchanged' }), [], [0, 0]],
  ['再請求: 新しいレセプトは通常どおり決定後に記帳（申出には記帳しない）', input('resubmission', { type: 'linked' }, { claim: { entries: [], amounts: [] } }), [], [0, 0]],
  ['再審査 査定 100点減: 5,320円を取り消し 4,620円で記帳し直す（手数料は据え置き）', input('re-review', cut, { repriced: at660 }),
    [...REVERSE_JUNE, ['insurer-benefit', 4_620], ['provider-payment', 4_620], ['review-fee', 60]], [0, -100]],
  ['同月過誤: 取消し 5,320円と再請求分 4,900円を同じ9月に（差 −420円）', input('correction', { type: 'accepted' }, { timing: 'same-month', newClaim: { entries: [], posting: newClaim } }),
    [...REVERSE_JUNE, ['insurer-benefit', 4_900], ['provider-payment', 4_900], ['review-fee', 60]], [0, -60]],
  ['同月過誤: 再請求分が9月に記帳済みなら取消しだけ', input('correction', { type: 'accepted' }, { timing: 'same-month', newClaim: { entries: newClaim.entries, posting: undefined } }), REVERSE_JUNE, [-1, -760]],
  ['同月過誤: 再請求分が8月に記帳済みなら同月にならない', input('correction', { type: 'accepted' }, { timing: 'same-month', newClaim: { entries: claimPostings(priced({ fileId: 9, seq: 1 }), '2025-08'), posting: undefined } }), 'SAME_MONTH_MISMATCH'],
  ['同月過誤: 再請求のレセプトがない', input('correction', { type: 'accepted' }, { timing: 'same-month' }), 'NEW_CLAIM_REQUIRED'],
  ['過誤: 未払いのレセプトは取り消せない', input('correction', { type: 'accepted' }, { claim: { entries: [], amounts: [] } }), 'NOT_PAID'],
  ['過誤: 元の記帳（6月）より前の処理月には記帳しない', input('correction', { type: 'accepted' }, { postingMonth: '2025-05' }), 'POSTING_MONTH_TOO_EARLY'],
  ['再審査に「受理」はない', input('re-review', { type: 'accepted' }), 'INVALID_OUTCOME'],
  ['過誤に「原審どおり」はない', input('correction', { type: 'unchanged' }), 'INVALID_OUTCOME'],
  ['査定後の金額がなければ記帳しない', input('re-review', cut), 'NOT_PRICEABLE'],
];

for (const [name, i, expected, counted] of CASES) {
  test(`記帳: ${name}`, () => {
    const r = caseMoney(i);
    if (typeof expected === 'string') {
      assert.equal(r.ok ? 'ok' : r.errors[0]!.code, expected);
      return;
    }
    assert.ok(r.ok, r.ok ? '' : r.errors[0]!.message);
    assert.deepEqual(amounts(r.value.entries), expected);
    assert.equal(monthBalance(r.value.entries).imbalance, 0, 'each case keeps the month balanced');
    assert.ok(r.value.entries.every((e) => e.postingMonth === '2025-09') && r.value.amounts.every((a) => a.postingMonth === '2025-09'));
    assert.equal(new Set(r.value.entries.map((e) => e.postingKey)).size, r.value.entries.length);
    assert.ok(r.value.entries.filter((e) => e.amount < 0).every((e) => e.postingKey.startsWith('correction:17:reverse:claim:1:7:') && e.reverses));
    // the bills count what the entries move: claims and points of the month, and the insurer's share
    assert.deepEqual([r.value.amounts.reduce((n, a) => n + a.claims, 0), r.value.amounts.reduce((n, a) => n + a.points, 0)], counted);
    assert.equal(r.value.amounts.reduce((n, a) => n + a.insurerPays, 0), monthBalance(r.value.entries).byAccount['insurer-benefit']);
    // deciding again gives the very same entries (same keys: the ledger writes them once)
    assert.deepEqual(caseMoney(i), r);
  });
}

test('after a 過誤 nothing of the claim stands: a second reversal and a 査定 are refused', () => {
  const first = caseMoney(input('correction', { type: 'accepted' }));
  assert.ok(first.ok);
  const after = books(june, first.value);
  assert.deepEqual([liveEntries(after.entries), liveAmounts(after.amounts)], [[], []]);
  assert.deepEqual(Object.values(monthBalance(after.entries).byAccount), [0, 0, 0, 0, 0], 'June and September together: the claim is gone to the yen');
  for (const again of [input('correction', { type: 'accepted' }, { caseId: 18, claim: after }), input('withdrawal', { type: 'accepted' }, { caseId: 18, claim: after }),
    input('re-review', cut, { caseId: 18, claim: after, repriced: at660 })]) {
    const r = caseMoney(again);
    assert.equal(r.ok ? 'ok' : r.errors[0]!.code, 'ALREADY_REVERSED');
  }
});

test('a 過誤 after a 再審査 査定 reverses the re-posted amounts, not the original ones', () => {
  const adjusted = caseMoney(input('re-review', cut, { repriced: at660 }));
  assert.ok(adjusted.ok);
  const after = books(june, adjusted.value);
  assert.deepEqual(amounts(liveEntries(after.entries)), [['insurer-benefit', 4_620], ['provider-payment', 4_620], ['review-fee', 60]]);
  assert.equal(standingReviewFee(after.entries), 60);
  const later = caseMoney(input('correction', { type: 'accepted' }, { caseId: 18, claim: after, postingMonth: '2025-10' }));
  assert.ok(later.ok);
  assert.deepEqual(amounts(later.value.entries), [['insurer-benefit', -4_620], ['provider-payment', -4_620], ['review-fee', -60]]);
  assert.ok(later.value.entries.every((e) => e.reverses!.startsWith('correction:17:repost:')));
  assert.deepEqual(later.value.amounts.map((a) => [a.claims, a.points, a.reverses]), [[-1, -660, 'correction:17:repost:claim:1:7']]);
  assert.deepEqual(Object.values(monthBalance([...after.entries, ...later.value.entries]).byAccount), [0, 0, 0, 0, 0]);
});
