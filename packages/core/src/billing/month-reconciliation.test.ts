/**
 * Bills to 公費 payers and the 月次照合, worked by hand on reconciliation.test-support.ts (federation 13,
 * posting month 2025-06). Sources: issue 6 §3 (bills per category, 請求額; the federation pays the
 * provider 保険者負担 + 公費 and bills each payer its share); claim-postings.ts (a 公費単独 claim's fee
 * is its first payer's); rules-reference.md §9.3 (過誤調整 on rows of their own) and §10.2 (全国決済:
 * the provider's federation pays, the insurer's federation bills its insurer and owes the provider's).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthBalance } from '../ledger/month-balance.ts';
import { billingSummaryCsv, publicExpenseBillCsv, publicExpenseClaimsCsv } from './billing-csv.ts';
import { billingMismatches, mismatchText, publicExpenseMismatches } from './billing-reconciliation.ts';
import { insurerBills } from './insurer-bill.ts';
import { monthReconciliation, reconciliationCsv, reconciliationText } from './month-reconciliation.ts';
import { providerPaymentStatements } from './provider-payment.ts';
import { publicExpenseBills } from './public-expense-bill.ts';
import { month, NANBYO, WELFARE } from './reconciliation.test-support.ts';

const documents = (m: ReturnType<typeof month>) => ({
  bills: insurerBills('13', '2025-06', m.amounts),
  publicBills: publicExpenseBills('13', '2025-06', m.amounts, m.entries),
  statements: providerPaymentStatements('13', '2025-06', m.amounts),
});

test('公費 bills: one per payer, 公費併用 and its 過誤 for 難病, the 公費単独 claim with its fee for 生活保護', () => {
  const { publicBills } = documents(month());
  assert.deepEqual(publicBills.map((b) => [b.payerNumber, b.lawName, b.publicExpensePays, b.reviewFee, b.billed]), [
    [WELFARE, '生活保護法 医療扶助', 5_000, 60, 5_060],
    [NANBYO, '難病法 特定医療', 7_800, 0, 7_800],
  ]);
  const nanbyo = publicBills.find((b) => b.payerNumber === NANBYO)!;
  assert.equal(publicExpenseBillCsv(nanbyo), [
    '区分,種別,件数,点数,医療費,公費負担,審査支払手数料,請求額',
    '当月分,医科入院,1,3000,30000,9000,0,9000',
    '当月分,医科入院外,0,0,0,0,0,0',
    '当月分,歯科,0,0,0,0,0,0',
    '当月分,調剤,0,0,0,0,0,0',
    '当月分,訪問看護,0,0,0,0,0,0',
    '当月分,小計,1,3000,30000,9000,0,9000',
    '過誤調整,医科入院外,-1,-400,-4000,-1200,0,-1200',
    '過誤調整,小計,-1,-400,-4000,-1200,0,-1200',
    '合計,,0,2600,26000,7800,0,7800',
    '',
  ].join('\r\n'));
  assert.deepEqual(publicExpenseClaimsCsv(nanbyo).split('\r\n').slice(0, -1), [
    '診療年月,医療機関コード,レセプト番号,種別,区分,件数,点数,医療費,保険者番号,公費負担,審査支払手数料,事由',
    '令和7年4月,1310000045,1/9,医科入院外,過誤調整,-1,-400,-4000,138016,-1200,0,過誤（通常過誤）: 資格喪失後の受診',
    '令和7年5月,1310000045,1/2,医科入院,当月分,1,3000,30000,138016,9000,0,審査決定',
  ]);
  const welfare = publicExpenseBillCsv(publicBills.find((b) => b.payerNumber === WELFARE)!).split('\r\n');
  assert.deepEqual(welfare.slice(4, 9), ['当月分,調剤,1,500,5000,5000,60,5060', '当月分,訪問看護,0,0,0,0,0,0', '当月分,小計,1,500,5000,5000,60,5060',
    '過誤調整,小計,0,0,0,0,0,0', '合計,,1,500,5000,5000,60,5060']);
});

test('公費 bills agree with the payers\' entries; an entry without its amounts row is a mismatch', () => {
  const m = month();
  const { bills, publicBills, statements } = documents(m);
  assert.deepEqual(publicExpenseMismatches('2025-06', publicBills, m.entries), []);
  assert.deepEqual(billingMismatches('13', '2025-06', bills, statements, m.entries), []);
  const stray = { ...m.entries.find((e) => e.account === 'public-expense' && e.debtor.code === WELFARE)!, postingKey: 'claim:1:99:public:1', claim: { fileId: 1, seq: 99 } };
  const withStray = [...m.entries, stray];
  const bills2 = publicExpenseBills('13', '2025-06', m.amounts, withStray);
  assert.deepEqual(publicExpenseMismatches('2025-06', bills2, withStray).map(mismatchText), ['公費負担者 12136008: 請求額 5,060円・帳簿 10,060円']);
});

test('月次照合: each term by hand, and the equation holds to the yen', () => {
  const m = month();
  const r = monthReconciliation('13', '2025-06', documents(m), m.entries);
  assert.deepEqual(r, {
    federation: '13', postingMonth: '2025-06',
    insurerBilled: 25_730, // 138016: 保険者 5,320 + 21,000 + 2,100 (E) − 2,800 (F) = 25,620; fees 60 + 60 + 50 − 60 = 110
    publicBilled: 12_860, // 生活保護 5,000 + 60; 難病 9,000 − 1,200
    settlementIn: 1_400, // D: the 神奈川 insurer's share, paid here
    settlementOut: 2_100, // E: owed to 埼玉, which paid its dentist
    paid: 37_720, // clinic 5,320 + 30,000 + 1,400 − 4,000; pharmacy 5,000 (E is 埼玉's provider)
    reviewFees: 170, // A 60 + B 60 + C 60 + E 50 − F 60 (D has none)
    receivable: 37_890, // 25,730 + 12,860 + 1,400 − 2,100
    payable: 37_890, // 37,720 + 170
    difference: 0,
  });
  assert.equal(monthBalance(m.entries).imbalance, 0, 'the books balance, as the equation needs');
  assert.equal(reconciliationText(r), '月次照合: 請求額 25,730円 + 公費請求額 12,860円 + 全国決済受取 1,400円 − 全国決済支払 2,100円 = 37,890円、'
    + '支払額 37,720円 + 審査支払手数料 170円 = 37,890円（一致）');
  assert.equal(reconciliationCsv(r), ['区分,項目,金額', '請求・決済,保険者への請求額,25730', '請求・決済,公費負担者への請求額,12860', '請求・決済,全国決済 受取,1400',
    '請求・決済,全国決済 支払,-2100', '請求・決済,計,37890', '支払・手数料,医療機関への支払額,37720', '支払・手数料,審査支払手数料,170', '支払・手数料,計,37890', '差額,,0', ''].join('\r\n'));
});

test('月次照合: a fee charged here to another prefecture\'s insurer is billed by no one and shows as the difference', () => {
  const m = month({ outOfPrefectureFee: 60 });
  const d = documents(m);
  assert.deepEqual(billingMismatches('13', '2025-06', d.bills, d.statements, m.entries), [], 'no bill is wrong: the 神奈川 insurer is not ours to bill');
  const r = monthReconciliation('13', '2025-06', d, m.entries);
  assert.deepEqual([r.reviewFees, r.receivable, r.payable, r.difference], [230, 37_890, 37_950, -60]);
  assert.match(reconciliationText(r), /（差額 −60円）$/);
});

test('集計: the 公費 bills have their rows, named by the registry or else by 法別番号', () => {
  const d = documents(month());
  const lines = billingSummaryCsv(d.bills, d.publicBills, d.statements, new Map([[WELFARE, '千代田区福祉事務所']])).split('\r\n');
  assert.deepEqual(lines.slice(2, 6), [
    '請求書合計,,,2,3660,25620,7800,110,25730',
    '公費請求書,12136008,千代田区福祉事務所,1,500,,5000,60,5060',
    '公費請求書,54136015,難病法 特定医療,0,2600,,7800,0,7800',
    '公費請求書合計,,,1,3100,,12800,60,12860',
  ]);
});
