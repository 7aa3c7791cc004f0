/**
 * The monthly bill to an insurer (診療報酬等請求書) and the payment statement to a provider (支払額通知),
 * worked by hand from billing.test-support.ts. Sources: issue 6 §3 (per category 件数・点数・医療費 and
 * the split of the cost; 請求額 = 保険者負担 + 審査支払手数料; 支払額 = 保険者負担 + 公費); seed 000/001
 * 国保請求支払システム 「審査決定したレセプトから保険者への請求、医療機関への支払を行う」 including the
 * 過誤・再審査 asked for by insurers and providers; rules-reference.md §9.3 (過誤調整 offset against a
 * later month) and §10.2 (全国決済: a provider bills its own federation; the insurer's federation bills
 * the insurer).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { insurerBill, insurerBills } from './insurer-bill.ts';
import { providerPaymentStatements } from './provider-payment.ts';
import { billingMismatches, mismatchText } from './billing-reconciliation.ts';
import { billingSummaryCsv, insurerBillCsv, insurerClaimsCsv, providerPaymentCsv } from './billing-csv.ts';
import { MONTH, monthEntries } from './billing.test-support.ts';

test('bills go to the insurers of the federation\'s prefecture only, statements to its providers only', () => {
  assert.deepEqual(insurerBills('13', '2025-06', MONTH).map((b) => b.insurerNumber), ['138016', '39131008'], 'the Kanagawa insurer is billed by Kanagawa');
  assert.deepEqual(providerPaymentStatements('13', '2025-06', MONTH).map((s) => s.providerCode), ['1310000045', '1340000012'], 'the Saitama dentist is paid by Saitama');
  assert.deepEqual(insurerBills('13', '2025-07', MONTH), [], 'another posting month has nothing');
});

test('請求書: per category, the 過誤 reversal on its own row, fees, and 請求額 = 保険者負担 + 手数料', () => {
  const bill = insurerBill('13', '2025-06', '138016', MONTH);
  assert.equal(insurerBillCsv(bill), [
    '区分,種別,件数,点数,医療費,保険者負担,公費負担,一部負担金,食事療養,審査支払手数料,請求額',
    '当月分,医科入院,1,3000,30000,21000,9000,0,1380,60,21060',
    '当月分,医科入院外,1,760,7600,5320,0,2280,0,60,5380',
    '当月分,歯科,1,300,3000,2100,0,900,0,60,2160',
    '当月分,調剤,1,500,5000,3500,0,1500,0,45,3545',
    '当月分,訪問看護,0,0,0,0,0,0,0,0,0',
    '当月分,小計,4,4560,45600,31920,9000,4680,1380,225,32145',
    '過誤調整,医科入院外,-1,-400,-4000,-2800,0,-1200,0,-60,-2860',
    '過誤調整,小計,-1,-400,-4000,-2800,0,-1200,0,-60,-2860',
    '合計,,3,4160,41600,29120,9000,3480,1380,165,29285',
    '',
  ].join('\r\n'));
  assert.deepEqual([bill.reviewFee, bill.billed], [165, 29_285]);
});

test('請求書 without 過誤: the 過誤調整 subtotal is there, at 0', () => {
  const [, late] = insurerBills('13', '2025-06', MONTH);
  const csv = insurerBillCsv(late!).split('\r\n');
  assert.equal(csv[7], '過誤調整,小計,0,0,0,0,0,0,0,0,0');
  assert.equal(csv[8], '合計,,1,1000,10000,9000,0,1000,0,45,9045');
});

test('明細: one row per posting in claim order, the reversal with its reason', () => {
  const lines = insurerClaimsCsv(insurerBill('13', '2025-06', '138016', MONTH)).split('\r\n');
  assert.equal(lines[0], '診療年月,医療機関コード,レセプト番号,種別,区分,件数,点数,医療費,保険者負担,公費負担,一部負担金,食事療養,審査支払手数料,事由');
  assert.deepEqual(lines.slice(1, -1), [
    '令和7年4月,1310000045,0/9,医科入院外,過誤調整,-1,-400,-4000,-2800,0,-1200,0,-60,過誤（通常過誤）: 資格喪失後の受診',
    '令和7年5月,1130000011,5/1,歯科,当月分,1,300,3000,2100,0,900,0,60,全国決済',
    '令和7年5月,1310000045,1/1,医科入院外,当月分,1,760,7600,5320,0,2280,0,60,審査決定',
    '令和7年5月,1310000045,1/2,医科入院,当月分,1,3000,30000,21000,9000,0,1380,60,審査決定',
    '令和7年5月,1340000012,1/3,調剤,当月分,1,500,5000,3500,0,1500,0,45,審査決定',
  ]);
});

test('支払額通知: 決定金額 = 保険者負担 + 公費; the 過誤 offsets the month\'s payment', () => {
  const [clinic, pharmacy] = providerPaymentStatements('13', '2025-06', MONTH);
  assert.equal(providerPaymentCsv(clinic!), [
    '区分,種別,件数,点数,医療費,一部負担金,保険者負担,公費負担,決定金額',
    '当月分,医科入院,1,3000,30000,0,21000,9000,30000',
    '当月分,医科入院外,2,960,9600,2880,6720,0,6720',
    '当月分,歯科,0,0,0,0,0,0,0',
    '当月分,調剤,0,0,0,0,0,0,0',
    '当月分,訪問看護,0,0,0,0,0,0,0',
    '当月分,小計,3,3960,39600,2880,27720,9000,36720',
    '過誤調整,医科入院外,-1,-400,-4000,-1200,-2800,0,-2800',
    '過誤調整,小計,-1,-400,-4000,-1200,-2800,0,-2800',
    '合計,,2,3560,35600,1680,24920,9000,33920',
    '',
  ].join('\r\n'));
  assert.equal(clinic!.paid, 33_920);
  assert.equal(pharmacy!.paid, 12_500, 'two 調剤 claims of two insurers: 3,500 + 9,000');
});

test('the documents agree with the entries the postings wrote', () => {
  const bills = insurerBills('13', '2025-06', MONTH);
  const statements = providerPaymentStatements('13', '2025-06', MONTH);
  const entries = monthEntries();
  assert.deepEqual(billingMismatches('13', '2025-06', bills, statements, entries), []);
  const sum = (f: (e: (typeof entries)[number]) => boolean) => entries.filter(f).reduce((n, e) => n + e.amount, 0);
  const ownInsurers = new Set(['138016', '39131008']);
  assert.equal(bills.reduce((n, b) => n + b.billed, 0), sum((e) => (e.account === 'insurer-benefit' || e.account === 'review-fee') && ownInsurers.has(e.debtor.code)));
  assert.equal(statements.reduce((n, s) => n + s.paid, 0), sum((e) => e.account === 'provider-payment'));
});

test('a difference from the books, or an own insurer with entries but no bill, is found', () => {
  const bills = insurerBills('13', '2025-06', MONTH);
  const statements = providerPaymentStatements('13', '2025-06', MONTH);
  const entries = monthEntries();
  const fee = entries.findIndex((e) => e.account === 'review-fee' && e.debtor.code === '138016');
  entries[fee] = { ...entries[fee]!, amount: entries[fee]!.amount + 10 };
  entries.push({ ...entries[fee]!, debtor: { type: 'insurer', code: '132019' }, postingKey: 'stray', amount: 60 });
  entries.push({ ...entries[fee]!, debtor: { type: 'insurer', code: '142018' }, postingKey: 'other-prefecture', amount: 60 });
  const found = billingMismatches('13', '2025-06', bills, statements, entries);
  assert.deepEqual(found.map(mismatchText), ['保険者 132019: 請求額 0円・帳簿 60円', '保険者 138016: 請求額 29,285円・帳簿 29,295円']);
});

test('集計: a row per bill and statement with names, and their totals', () => {
  const names = new Map([['138016', '千代田区国民健康保険'], ['1310000045', '千代田クリニック']]);
  const lines = billingSummaryCsv(insurerBills('13', '2025-06', MONTH), [], providerPaymentStatements('13', '2025-06', MONTH), names).split('\r\n');
  assert.deepEqual(lines.slice(0, -1), [
    '書類,宛先コード,宛先,件数,点数,保険者負担,公費負担,審査支払手数料,金額',
    '請求書,138016,千代田区国民健康保険,3,4160,29120,9000,165,29285',
    '請求書,39131008,39131008,1,1000,9000,0,45,9045',
    '請求書合計,,,4,5160,38120,9000,210,38330',
    '公費請求書合計,,,0,0,,0,0,0',
    '支払額通知,1310000045,千代田クリニック,2,3560,24920,9000,,33920',
    '支払額通知,1340000012,1340000012,2,1500,12500,0,,12500',
    '支払額通知合計,,,4,5060,37420,9000,,46420',
  ]);
});
