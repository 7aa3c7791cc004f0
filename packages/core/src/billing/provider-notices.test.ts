/**
 * 増減点連絡書 and 返戻一覧 as CSV. Worked example: a line of 75 points × 6 cut to 45 points takes off
 * (75 − 45) × 6 = 180 points; the 事由 B is 「医学的に過剰と認められるもの」 (rules-reference.md §9.3).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adjustmentNoticeCsv, returnListCsv, type AdjustmentNoticeRow } from './provider-notices.ts';

const cut: AdjustmentNoticeRow = {
  serviceMonth: '2025-05', receiptNumber: 7, patientName: '山本　隆', line: 66, code: '112007410', name: '再診料', pointsBefore: 75, pointsAfter: 45, count: 6, reasonCode: 'B', reasonText: '回数が多い, 要再考',
};

test('増減点連絡書: each 査定 with its points taken off and 事由, then the total', () => {
  const lines = adjustmentNoticeCsv([cut, { ...cut, line: 68, code: '160100710', name: '子宮頸管粘液採取', pointsBefore: 40, pointsAfter: 0, count: 1, reasonCode: 'D', reasonText: '' }]).split('\r\n');
  assert.equal(lines[0], '診療年月,レセプト番号,氏名,行,コード,名称,請求点数,決定点数,回数,増減点数,事由,事由の内容,理由');
  assert.equal(lines[1], '令和7年5月,7,山本　隆,66,112007410,再診料,75,45,6,-180,B,医学的に過剰と認められるもの,"回数が多い, 要再考"');
  assert.equal(lines[2], '令和7年5月,7,山本　隆,68,160100710,子宮頸管粘液採取,40,0,1,-40,D,その他医学的に不適当・不必要なもの（算定要件に合致しないものを含む）,');
  assert.equal(lines[3], '合計,2,,,,,,,,-220,,,');
  assert.equal(lines[4], '');
});

test('返戻一覧: a row per claim with where it was returned and why', () => {
  const csv = returnListCsv([
    { serviceMonth: '2025-05', receiptNumber: 12, patientName: '佐藤　花子', origin: 'review', reason: '傷病名の記載もれ' },
    { serviceMonth: '2025-04', receiptNumber: 3, patientName: '鈴木　一郎', origin: 'intake', reason: 'ELG-E002 資格喪失後の受診' },
  ]);
  assert.equal(csv, '診療年月,レセプト番号,氏名,返戻の区分,理由\r\n令和7年5月,12,佐藤　花子,審査による返戻,傷病名の記載もれ\r\n令和7年4月,3,鈴木　一郎,受付・事務点検による返戻,ELG-E002 資格喪失後の受診\r\n');
});
