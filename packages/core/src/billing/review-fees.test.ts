/**
 * 審査支払手数料 per claim from the table (billing/review-fees.csv). The fee is a unit price per claim
 * that each federation sets with its insurers and revises over the years (seed 002 §4-3-5
 * 「負担金・手数料単価の見通し」); the figures here are the repository's examples.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReviewFeeTable, type ReviewFeeRow } from './review-fee-table.ts';
import { reviewFeeFor, reviewFeeRowFor } from './review-fee-lookup.ts';
import { formatBillingError } from './billing-errors.ts';

const TABLE = `# comment above the header
federation,insurer,category,from,yen,note
13,,,2024-04,60,標準
13,,pharmacy,2024-04,45,調剤
13,,,2026-04,62,令和8年度から
13,133017,,2025-04,55,組合
13,133017,dental,2025-10,50,組合の歯科
14,,,2024-04,58,神奈川
`;

const schedule = (() => {
  const t = readReviewFeeTable('fees.csv', TABLE);
  assert.ok(t.ok, JSON.stringify(!t.ok && t.errors));
  return t.value;
})();

// [what, federation, insurer, category, posting month, fee, row's line]
const CASES: [string, string, string, ReviewFeeRow['category'] & string, string, number | undefined, number | undefined][] = [
  ['the federation\'s fee for any insurer and category', '13', '131011', 'medical-outpatient', '2025-06', 60, 3],
  ['a category row beats the federation\'s general row', '13', '131011', 'pharmacy', '2025-06', 45, 4],
  ['a later general row replaces the earlier one from its month', '13', '131011', 'dental', '2026-04', 62, 5],
  ['… but not before its month', '13', '131011', 'dental', '2026-03', 60, 3],
  ['… and not the category row, which is more specific', '13', '131011', 'pharmacy', '2026-05', 45, 4],
  ['an insurer\'s own fee beats every federation row', '13', '133017', 'pharmacy', '2025-06', 55, 6],
  ['the insurer\'s own fee stays after the federation\'s changes', '13', '133017', 'medical-inpatient', '2026-06', 55, 6],
  ['the insurer\'s category row beats its general row', '13', '133017', 'dental', '2025-10', 50, 7],
  ['before the insurer\'s row applies, the federation\'s does', '13', '133017', 'medical-outpatient', '2025-03', 60, 3],
  ['another federation has its own table', '14', '141002', 'medical-outpatient', '2025-06', 58, 8],
  ['nothing before the first row', '13', '131011', 'medical-outpatient', '2024-03', undefined, undefined],
  ['nothing for a federation without rows', '27', '271007', 'dental', '2025-06', undefined, undefined],
];

for (const [what, federation, insurerNumber, category, month, fee, line] of CASES) {
  test(`手数料: ${what}`, () => {
    const q = { federation, insurerNumber, category, month };
    assert.equal(reviewFeeFor(schedule, q), fee);
    assert.equal(reviewFeeRowFor(schedule, q)?.line, line);
  });
}

test('the repository\'s table reads, with an insurer override of federation 13', () => {
  const file = join(import.meta.dirname, '..', '..', '..', '..', 'billing', 'review-fees.csv');
  const t = readReviewFeeTable('billing/review-fees.csv', readFileSync(file, 'utf8'));
  assert.ok(t.ok, JSON.stringify(!t.ok && t.errors));
  assert.ok(t.value.some((r) => r.federation === '13' && !r.insurerNumber && !r.category));
  assert.ok(t.value.some((r) => r.federation === '13' && r.insurerNumber));
  assert.notEqual(reviewFeeFor(t.value, { federation: '13', insurerNumber: '131011', category: 'medical-outpatient', month: '2025-06' }), undefined);
});

test('every bad row is named by line and field; good rows do not hide them', () => {
  const t = readReviewFeeTable('fees.csv', [
    'federation,insurer,category,from,yen',
    '13,,,2024-04,60',
    '48,,,2024-04,60',
    '13,12345,,2024-04,60',
    '13,,medical,2024-4,60',
    '13,,,2024-04,-5',
    '# a comment is skipped',
    '',
    '13,,,2024-04,61',
    '13,"unclosed,,2024-04,60',
  ].join('\r\n'));
  assert.ok(!t.ok);
  assert.deepEqual(t.errors.map((e) => [e.line, e.field, e.code]), [
    [3, 'federation', 'FEDERATION'], [4, 'insurer', 'INSURER'], [5, 'category', 'CATEGORY'], [5, 'from', 'FROM_MONTH'], [6, 'yen', 'FEE'],
    [9, '', 'DUPLICATE_ROW'], [10, 'insurer', 'CSV_SYNTAX'],
  ]);
  assert.equal(formatBillingError(t.errors[0]!), 'fees.csv:3 [federation] 連合会は都道府県番号（01〜47）です（48）');
  assert.match(formatBillingError(t.errors[5]!), /2行目と同じ/);
});

test('a table without the needed columns is refused as a whole', () => {
  const t = readReviewFeeTable('fees.csv', '# only a comment\nfederation,insurer,from,yen\n13,,2024-04,60\n');
  assert.ok(!t.ok);
  assert.deepEqual(t.errors.map((e) => [e.line, e.code, e.field]), [[2, 'MISSING_COLUMNS', 'category']]);
  assert.equal(readReviewFeeTable('empty.csv', '# nothing\n').ok, false);
});
