/**
 * A posted month's bills and payment statements as files: the bills' 請求額 add up to the month's
 * insurer-benefit + review-fee entries of the federation's own insurers (全国決済 rows posted into its
 * books included, other prefectures' insurers left to their federations), the statements' 支払額 to
 * its provider-payment entries; a 過誤 reversal is on a row of its own; writing again gives the same
 * bytes; Shift_JIS reads back to the same text; books changed outside the postings stop everything.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import iconv from 'iconv-lite';
import { readReviewFeeTable, reviewFeeFor } from '@kokuho/core/billing';
import { claimCategory, reversalPostings, reversedAmounts, type ClaimAmounts, type LedgerEntry } from '@kokuho/core/ledger';
import { checkedMonth } from '../review/checked-month.test-support.ts';
import { closeMonth, monthEntries } from '../ledger/close-month.ts';
import { monthClaimAmounts, postClaims } from '../ledger/post-claims.ts';
import { postMonth } from '../ledger/post-month.ts';
import { BillingDocumentsError, writeBillingDocuments } from './write-billing-documents.ts';
import { pdfText } from './pdf-text.test-support.ts';

const files = (dir: string): string[] => readdirSync(dir).sort();

test('bills and payment statements of a posted month agree with its entries, byte for byte again', async () => {
  const c = await checkedMonth({ claims: 120, seed: 21, errorRate: 0.05 });
  const out = mkdtempSync(join(tmpdir(), 'kokuho-bills-'));
  try {
    const table = readReviewFeeTable('billing/review-fees.csv', readFileSync('billing/review-fees.csv', 'utf8'));
    assert.ok(table.ok);
    const posted = await postMonth(c.k, '13', '2025-05', '2025-06', {
      postedBy: 'test',
      reviewFee: (f) => reviewFeeFor(table.value, { federation: '13', insurerNumber: f.insurerNumber, category: claimCategory(f.kind, f.receiptType), month: '2025-06' }) ?? 0,
    });
    assert.ok(posted.priced > 50, JSON.stringify(posted.unpriced));

    // a 同月過誤 of one claim, and a Saitama dentist's claim of a Tokyo insurer posted here by 全国決済
    const { reversed, settled } = await c.k.withFederation('13', async (trx) => {
      const amounts = await monthClaimAmounts(trx, '2025-06');
      const own = amounts.find((a) => a.insurerPrefecture === '13' && a.category === 'medical-outpatient')!;
      const entries = (await monthEntries(trx, '2025-06')).filter((e) => e.claim?.fileId === own.claim.fileId && e.claim.seq === own.claim.seq);
      const reason = '過誤（通常過誤）: 資格喪失後の受診';
      const reversal = { entries: reversalPostings(entries, '2025-06', reason, 'correction:1'), amounts: reversedAmounts(own, '2025-06', reason, 'correction:1') };
      const settled: ClaimAmounts = {
        ...own, claim: { fileId: 900_001, seq: 1 }, postingKey: 'settlement:11:claim:900001:1', reverses: undefined, category: 'dental', providerFederation: '11',
        providerCode: '1130000011', claims: 1, points: 500, medicalCost: 5_000, copay: 1_500, insurerPays: 3_500, publicExpensePays: 0, mealCost: 0, reviewFee: 60, reason: '全国決済',
      };
      const base = { postingMonth: '2025-06', serviceMonth: settled.serviceMonth, claim: settled.claim, reverses: undefined, reason: '全国決済' };
      const insurer = { type: 'insurer' as const, code: settled.insurerNumber };
      const settlementEntries: LedgerEntry[] = [
        { ...base, account: 'insurer-benefit', debtor: insurer, creditor: { type: 'federation', code: '13' }, amount: 3_500, postingKey: `${settled.postingKey}:insurer` },
        { ...base, account: 'review-fee', debtor: insurer, creditor: { type: 'federation', code: '13' }, amount: 60, postingKey: `${settled.postingKey}:fee` },
        { ...base, account: 'settlement', debtor: { type: 'federation', code: '13' }, creditor: { type: 'federation', code: '11' }, amount: 3_500, postingKey: `${settled.postingKey}:settlement` },
      ];
      await postClaims(trx, '13', [reversal, { entries: settlementEntries, amounts: settled }], 'test');
      return { reversed: own, settled };
    });

    const r = await writeBillingDocuments(c.k, '13', '2025-06', join(out, 'a'));
    // what insurers owe (a 公費単独 claim's fee is its 公費 payer's, claim-postings.ts) and providers are owed
    const sums = (await sql<{ billed: string; paid: string; other: string; insurers: number }>`
      select sum(amount) filter (where account in ('insurer-benefit', 'review-fee') and (case when length(debtor_code) = 8 then substr(debtor_code, 3, 2) else substr(debtor_code, 1, 2) end) = '13') as billed,
             sum(amount) filter (where account = 'provider-payment') as paid,
             sum(amount) filter (where account = 'insurer-benefit' and (case when length(debtor_code) = 8 then substr(debtor_code, 3, 2) else substr(debtor_code, 1, 2) end) <> '13') as other,
             count(distinct debtor_code) filter (where account = 'insurer-benefit' and (case when length(debtor_code) = 8 then substr(debtor_code, 3, 2) else substr(debtor_code, 1, 2) end) = '13')::int as insurers
      from ledger_entries where posting_month = '2025-06' and (debtor_type = 'insurer' or account = 'provider-payment')`.execute(c.k.db)).rows[0]!;
    assert.equal(r.billed, Number(sums.billed));
    assert.equal(r.paid, Number(sums.paid));
    assert.equal(r.bills, sums.insurers);
    assert.ok(Number(sums.other) > 0, 'the generated month has claims of other prefectures\' insurers, which are not billed here');
    assert.equal(r.closed, false);
    assert.equal(r.issuedOn, '2025-06-30');

    const a = join(out, 'a');
    const names = files(a);
    assert.ok(names.includes('summary.csv'));
    assert.equal(names.filter((n) => n.endsWith('-bill.pdf') && !n.endsWith('-public-bill.pdf')).length, r.bills);
    assert.equal(names.filter((n) => n.endsWith('-public-bill.pdf')).length, r.publicBills);
    assert.ok(names.includes('reconciliation.csv'));
    assert.equal(names.filter((n) => n.endsWith('-payment.pdf')).length, r.statements);
    assert.ok(names.every((n) => !/^(1[0-24-9]|[02-4]\d)\d{4}-bill/.test(n)), 'no bill to another prefecture\'s municipal insurer');
    assert.ok(!names.includes('1130000011-payment.csv'), 'the Saitama dentist is paid by Saitama');

    // the reversed claim's insurer: the 過誤 on its own rows, the settled claim among 歯科 and in the detail
    const bill = readFileSync(join(a, `${reversed.insurerNumber}-bill.csv`), 'utf8').split('\r\n');
    assert.match(bill.find((l) => l.startsWith('過誤調整,医科入院外,'))!, new RegExp(`^過誤調整,医科入院外,-1,${-reversed.points},${-reversed.medicalCost},${-reversed.insurerPays},`));
    const detail = readFileSync(join(a, `${reversed.insurerNumber}-claims.csv`), 'utf8');
    assert.ok(detail.includes(`,${reversed.providerCode},${reversed.claim.fileId}/${reversed.claim.seq},医科入院外,過誤調整,-1,`));
    assert.ok(detail.includes(`,1130000011,900001/1,歯科,当月分,1,500,5000,3500,0,1500,0,60,全国決済\r\n`));
    const summary = readFileSync(join(a, 'summary.csv'), 'utf8').split('\r\n');
    assert.equal(summary.find((l) => l.startsWith('請求書合計,'))!.split(',').at(-1), String(r.billed));
    assert.equal(summary.find((l) => l.startsWith('支払額通知合計,'))!.split(',').at(-1), String(r.paid));
    assert.ok(summary.some((l) => l.startsWith(`請求書,${settled.insurerNumber},`) && !l.includes(`,${settled.insurerNumber},${settled.insurerNumber},`)), 'the insurer\'s name from the registry');

    // the PDF says what the CSV says
    const billTotal = bill.find((l) => l.startsWith('合計,'))!.split(',').at(-1)!;
    const pdf = await pdfText(readFileSync(join(a, `${reversed.insurerNumber}-bill.pdf`)));
    assert.match(pdf, /診療報酬等請求書/);
    assert.ok(pdf.includes(`${Number(billTotal).toLocaleString('en-US')}円`), `請求額 ${billTotal}`);
    assert.match(pdf, /令和7年6月30日/);
    assert.match(pdf, /過誤調整/);
    assert.match(pdf, /△/);

    // again, and in Shift_JIS
    await writeBillingDocuments(c.k, '13', '2025-06', join(out, 'b'));
    assert.deepEqual(files(join(out, 'b')), names);
    for (const n of names) assert.ok(readFileSync(join(a, n)).equals(readFileSync(join(out, 'b', n))), `${n} is the same bytes`);
    const sjis = await writeBillingDocuments(c.k, '13', '2025-06', join(out, 'sjis'), { encoding: 'sjis', pdf: false });
    assert.equal(sjis.files.length, names.filter((n) => n.endsWith('.csv')).length);
    for (const n of names.filter((x) => x.endsWith('.csv'))) {
      const bytes = readFileSync(join(out, 'sjis', n));
      assert.equal(iconv.decode(bytes, 'cp932'), readFileSync(join(a, n), 'utf8'), n);
    }
    assert.notDeepEqual(readFileSync(join(out, 'sjis', 'summary.csv')), readFileSync(join(a, 'summary.csv')), 'Shift_JIS bytes differ from UTF-8');

    // once the books are closed, the documents carry the closing date (Japan time)
    const closing = await closeMonth(c.k, '13', '2025-06', 'test');
    const closed = await writeBillingDocuments(c.k, '13', '2025-06', join(out, 'closed'), { pdf: false });
    assert.deepEqual([closed.closed, closed.issuedOn], [true, new Date(Date.parse(closing.closedAt) + 9 * 3_600_000).toISOString().slice(0, 10)]);
    assert.equal(closed.billed, r.billed);

    // books changed outside the postings: nothing is written
    await sql`update ledger_entries set amount = amount + 1 where posting_key = ${`${settled.postingKey}:fee`}`.execute(c.k.db);
    await assert.rejects(writeBillingDocuments(c.k, '13', '2025-06', join(out, 'c')), (e: unknown) =>
      e instanceof BillingDocumentsError && e.errors.length === 1 && e.errors[0]!.code === 'LEDGER_MISMATCH' && e.errors[0]!.field === settled.insurerNumber
      && /請求額 .*円・帳簿 .*円/.test(e.message));
    assert.equal(existsSync(join(out, 'c')), false);
  } finally {
    await c.dispose();
    rmSync(out, { recursive: true, force: true });
  }
});
