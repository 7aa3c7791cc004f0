/**
 * The notices to a provider as PDF: the 増減点連絡書 shows each 査定 with the points taken off as
 * (決定 − 請求) × 回数, △ for a reduction, and the 事由 spelled out (rules-reference.md §9.3: 事由記号
 * A–K); the 返戻一覧 each returned claim and why. Worked example as the CSV test: 75点 × 6 cut to 45点
 * takes off 180点.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AdjustmentNoticeRow } from '@kokuho/core/billing';
import { renderPdf } from '@kokuho/print';
import { adjustmentNoticeDocument, returnListDocument, type NoticeContext } from './notice-documents.ts';
import { pdfText } from './pdf-text.test-support.ts';

const context: NoticeContext = { federationName: '東京都国民健康保険団体連合会', providerCode: '1310000045', providerName: '千代田クリニック', serviceMonth: '2025-05', issuedOn: '2025-06-30' };
const cut: AdjustmentNoticeRow = {
  serviceMonth: '2025-05', receiptNumber: 7, patientName: '山本　隆', line: 66, code: '112007410', name: '再診料', pointsBefore: 75, pointsAfter: 45, count: 6, reasonCode: 'B', reasonText: '回数が多い',
};

test('増減点連絡書: a row per 査定, the total taken off, the 事由 in words', async () => {
  const doc = adjustmentNoticeDocument([cut, { ...cut, line: 68, code: '160100710', name: '子宮頸管粘液採取', pointsBefore: 40, pointsAfter: 0, count: 1, reasonCode: 'D', reasonText: '' }], context);
  const table = doc.tables![0]!;
  assert.deepEqual(table.rows[0], ['7', '山本　隆', '66', '112007410', '再診料', '75', '45', '6', '△180', 'B', '医学的に過剰と認められるもの', '回数が多い']);
  assert.equal(table.totals![8], '△220');
  assert.deepEqual(doc.fields!.map((f) => f.value), ['令和7年5月', '1310000045', '2', '△220点']);
  assert.deepEqual(doc.recipient, ['千代田クリニック 御中', '医療機関コード 1310000045']);
  const text = await pdfText(await renderPdf(doc, { orientation: 'landscape' }));
  for (const s of ['増減点連絡書', '令和7年5月診療分', '千代田クリニック 御中', '△180', '△220', '医学的に過剰と認められるもの', '令和7年6月30日']) assert.ok(text.includes(s), s);
});

test('返戻一覧: a row per returned claim, where it was returned and why', async () => {
  const doc = returnListDocument([
    { serviceMonth: '2025-05', receiptNumber: 12, patientName: '佐藤　花子', origin: 'review', reason: '傷病名の記載もれ' },
    { serviceMonth: '2025-05', receiptNumber: 3, patientName: '鈴木　一郎', origin: 'intake', reason: 'ELG-E002 資格喪失後の受診' },
  ], { ...context, providerName: undefined });
  assert.deepEqual(doc.tables![0]!.rows, [['12', '佐藤　花子', '審査による返戻', '傷病名の記載もれ'], ['3', '鈴木　一郎', '受付・事務点検による返戻', 'ELG-E002 資格喪失後の受診']]);
  assert.equal(doc.recipient![0], '1310000045 御中', 'the code stands in for a name the registry lacks');
  const text = await pdfText(await renderPdf(doc, { orientation: 'landscape' }));
  for (const s of ['返戻一覧', '2件', '傷病名の記載もれ', 'ELG-E002 資格喪失後の受診']) assert.ok(text.includes(s), s);
});
