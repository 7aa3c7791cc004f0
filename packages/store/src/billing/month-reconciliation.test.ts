/**
 * The 月次照合 and the 公費 bills on a generated month of 13 東京 and 14 神奈川 after the 全国決済 run (so
 * 13 and 14 each hold the other's copies, and 11, 12, 15, 16, 19 books of copies only): for every
 * federation with books that month the documents agree with the entries and the month ties out to the
 * yen; each 公費 bill is its payer's public-expense + review-fee entries, computed apart in SQL; 決済受取
 * − 決済支払 is the federation's transfer; writing twice gives the same bytes; books that no longer tie
 * out write nothing. rules-reference.md §10.2;
 * docs/billing.md (the equation).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { FEDERATION_CODES } from '@kokuho/core/settlement';
import { renderPdf } from '@kokuho/print';
import { twoFederationMonth } from '../settlement/two-federation-month.test-support.ts';
import { runSettlement } from '../settlement/run-settlement.ts';
import { readBillingMonth } from './billing-month.ts';
import { BillingDocumentsError, writeBillingDocuments } from './write-billing-documents.ts';
import { publicBillDocument } from './public-bill-document.ts';
import { pdfText } from './pdf-text.test-support.ts';

test('a settled generated month ties out in every federation with books, 公費 bills included, byte for byte again', async () => {
  const m = await twoFederationMonth({ claims: 300, seed: 7 });
  const out = mkdtempSync(join(tmpdir(), 'kokuho-reconcile-'));
  const { k, postingMonth: june } = m;
  try {
    const run = await runSettlement(k, june, { runBy: 'test', reviewFee: () => 45 });
    const withBooks: string[] = [];
    for (const f of FEDERATION_CODES) {
      const entries = Number((await sql<{ n: string }>`select count(*) as n from ledger_entries where federation_code = ${f} and posting_month = ${june}`.execute(k.db)).rows[0]!.n);
      if (!entries) continue;
      withBooks.push(f);
      const b = await readBillingMonth(k, f, june);
      assert.deepEqual(b.mismatches, [], f);
      const r = b.reconciliation;
      assert.equal(r.difference, 0, `${f}: ${JSON.stringify(r)}`);
      assert.equal(r.receivable, r.insurerBilled + r.publicBilled + r.settlementIn - r.settlementOut);
      assert.equal(r.settlementIn - r.settlementOut, run.report.netting.transfers.find((t) => t.federation === f)!.net, `${f}: 決済受取 − 決済支払 is the transfer`);

      // each 公費 bill is its payer's entries, summed apart
      const payers = (await sql<{ payer: string; billed: string; fee: string }>`
        select debtor_code as payer, sum(amount)::text as billed, coalesce(sum(amount) filter (where account = 'review-fee'), 0)::text as fee
        from ledger_entries where federation_code = ${f} and posting_month = ${june} and debtor_type = 'public-expense' and account in ('public-expense', 'review-fee')
        group by 1 order by 1`.execute(k.db)).rows;
      assert.deepEqual(b.publicBills.map((p) => [p.payerNumber, p.billed, p.reviewFee]), payers.map((p) => [p.payer, Number(p.billed), Number(p.fee)]), f);
      assert.equal(r.publicBilled, payers.reduce((n, p) => n + Number(p.billed), 0));
    }
    assert.ok(withBooks.includes('13') && withBooks.includes('14') && withBooks.length >= 5, withBooks.join());

    // the providers' federations bill 公費, including 公費単独 claims with their fee; copies-only books have none
    const b13 = await readBillingMonth(k, '13', june);
    assert.ok(b13.publicBills.length > 0 && b13.reconciliation.settlementIn > 0 && b13.reconciliation.settlementOut > 0, JSON.stringify(b13.reconciliation));
    assert.ok(b13.publicBills.some((p) => p.reviewFee > 0), 'a 公費単独 claim bills its fee to the payer');
    const copiesOnly = withBooks.find((f) => f !== '13' && f !== '14')!;
    const other = await readBillingMonth(k, copiesOnly as '11', june);
    assert.deepEqual([other.publicBills.length, other.statements.length, other.reconciliation.paid], [0, 0, 0]);
    assert.equal(other.reconciliation.insurerBilled, other.reconciliation.settlementOut + other.reconciliation.reviewFees, 'bills its insurers what it owes, plus its fees');

    // written twice: the same files, the same bytes; the summary and reconciliation.csv say the same
    for (const f of ['13', '14'] as const) {
      const first = await writeBillingDocuments(k, f, june, join(out, f, 'a'), { pdf: false });
      await writeBillingDocuments(k, f, june, join(out, f, 'b'), { pdf: false });
      const names = readdirSync(join(out, f, 'a')).sort();
      assert.deepEqual(readdirSync(join(out, f, 'b')).sort(), names);
      for (const n of names) assert.ok(readFileSync(join(out, f, 'a', n)).equals(readFileSync(join(out, f, 'b', n))), `${f}/${n}`);
      assert.equal(names.filter((n) => n.endsWith('-public-bill.csv')).length, first.publicBills);
      assert.equal(names.filter((n) => n.endsWith('-public-claims.csv')).length, first.publicBills);
      const summary = readFileSync(join(out, f, 'a', 'summary.csv'), 'utf8').split('\r\n');
      assert.equal(summary.find((l) => l.startsWith('公費請求書合計,'))!.split(',').at(-1), String(first.publicBilled));
      const reconciliation = readFileSync(join(out, f, 'a', 'reconciliation.csv'), 'utf8').split('\r\n');
      assert.equal(reconciliation.at(-2), '差額,,0');
      assert.equal(reconciliation[2], `請求・決済,公費負担者への請求額,${first.publicBilled}`);
    }

    // the printed 公費 bill says what its CSV says
    const bill = b13.publicBills.find((p) => p.reviewFee > 0)!;
    const pdf = await pdfText(await renderPdf(publicBillDocument(bill, { federationName: b13.federationName, names: b13.names, issuedOn: b13.issuedOn, closed: false }),
      { orientation: 'landscape' }));
    assert.match(pdf, /診療報酬等請求書（公費負担医療）/);
    assert.ok(pdf.includes(`${bill.billed.toLocaleString('en-US')}円`), `請求額 ${bill.billed}`);
    assert.ok(pdf.includes(bill.payerNumber));

    // a settlement entry changed outside the postings touches no bill, but the month no longer ties out: nothing is written
    const key = (await sql<{ posting_key: string }>`select posting_key from ledger_entries where federation_code = '13' and posting_month = ${june} and account = 'settlement' order by posting_key limit 1`
      .execute(k.db)).rows[0]!.posting_key;
    await sql`update ledger_entries set amount = amount + 1 where federation_code = '13' and posting_key = ${key}`.execute(k.db);
    await assert.rejects(writeBillingDocuments(k, '13', june, join(out, '13', 'c'), { pdf: false }), (e: unknown) =>
      e instanceof BillingDocumentsError && e.errors.length === 1 && e.errors[0]!.code === 'RECONCILIATION' && /月次照合が合いません/.test(e.message) && /（差額 −1円）/.test(e.message));
    assert.equal(existsSync(join(out, '13', 'c')), false);
  } finally {
    rmSync(out, { recursive: true, force: true });
    await m.dispose();
  }
});
