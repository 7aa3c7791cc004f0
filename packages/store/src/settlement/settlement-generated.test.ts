/**
 * 全国決済 on a generated month of 13 東京 and 14 神奈川 (each with patients insured in neighbouring
 * prefectures, so 11, 12, 15, 16 and 19 owe too): the matrix is the sum of the providers' rows by pair,
 * computed apart in SQL; it nets to zero; every one of the 47 federations' books balance after the run
 * and its settlement in − settlement out is its transfer; every federation closes and verifies; the
 * settlement is reproduced byte for byte from the closed books; a 過誤 a month later travels back to
 * the insurer's federation. rules-reference.md §10.2 [V principle, U netting]; seed 001.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { monthBalance, reversalPostings, reversedAmounts } from '@kokuho/core/ledger';
import { FEDERATION_CODES, owed } from '@kokuho/core/settlement';
import { closeMonth, monthEntries, verifyClosing } from '../ledger/close-month.ts';
import { monthClaimAmounts, postClaims } from '../ledger/post-claims.ts';
import { twoFederationMonth } from './two-federation-month.test-support.ts';
import { runSettlement } from './run-settlement.ts';
import { SettlementRunError } from './settlement-errors.ts';
import { verifySettlement } from './verify-settlement.ts';
import { writeCsvFiles } from './write-csv-files.ts';

test('settlement of a generated month: matrix from the books, 47 balanced books, closed, reproduced, a 過誤 travels back', async () => {
  const m = await twoFederationMonth({ claims: 400, seed: 1 });
  const dir = mkdtempSync(join(tmpdir(), 'kokuho-settlement-gen-'));
  const { k, postingMonth: june } = m;
  try {
    const run = await runSettlement(k, june, { runBy: 'test', reviewFee: () => 45 });

    // the matrix, computed apart from the providers' own rows
    const pairs = (await sql<{ debtor: string; creditor: string; n: number; amount: string }>`
      select insurer_prefecture as debtor, provider_federation as creditor, count(*)::int as n, sum(insurer_pays)::text as amount
      from ledger_claim_amounts where posting_month = ${june} and federation_code = provider_federation and insurer_prefecture <> provider_federation
        and insurer_number <> '' and insurer_prefecture <> '' -- 公費単独 claims have no insurer: not settled
      group by 1, 2 order by 1, 2`.execute(k.db)).rows;
    assert.ok(pairs.some((p) => p.debtor === '13' && p.creditor === '14') && pairs.some((p) => p.debtor === '14' && p.creditor === '13'), JSON.stringify(pairs));
    assert.ok(pairs.length >= 5);
    const mx = run.report.matrix;
    for (const p of pairs) assert.deepEqual([owed(mx, p.debtor as '13', p.creditor as '13').claims, owed(mx, p.debtor as '13', p.creditor as '13').amount], [p.n, Number(p.amount)], `${p.debtor}→${p.creditor}`);
    assert.equal(mx.total.claims, pairs.reduce((n, p) => n + p.n, 0));
    assert.equal(run.records, mx.total.claims);
    assert.equal(run.unsettled, 0);
    assert.equal(run.report.netting.netSum, 0);
    assert.equal(run.report.netting.centralReceives, run.report.netting.centralPaysOut);
    assert.ok(run.report.netting.centralReceives > 0);

    // all 47 books balance; in − out is each federation's transfer; each insurer federation took its rows
    for (const f of FEDERATION_CODES) {
      const { entries, amounts } = await k.withFederation(f, async (trx) => ({ entries: await monthEntries(trx, june), amounts: await monthClaimAmounts(trx, june) }));
      const b = monthBalance(entries);
      assert.equal(b.imbalance, 0, f);
      const prefectureOf = new Map(amounts.map((a) => [a.insurerNumber, a.insurerPrefecture]));
      const settlementIn = entries.filter((e) => e.account === 'insurer-benefit' && prefectureOf.get(e.debtor.code) !== f).reduce((n, e) => n + e.amount, 0);
      assert.equal(settlementIn - b.byAccount.settlement, run.report.netting.transfers.find((t) => t.federation === f)!.net, f);
      const owes = pairs.filter((p) => p.debtor === f);
      assert.equal(amounts.filter((a) => a.postingKey.startsWith('settlement:')).length, owes.reduce((n, p) => n + p.n, 0), f);
      assert.equal(b.byAccount.settlement, owes.reduce((n, p) => n + Number(p.amount), 0), f);
    }
    const again = await runSettlement(k, june, { runBy: 'test', reviewFee: () => 45 });
    assert.deepEqual([again.digest, again.recorded, again.posted.reduce((n, p) => n + p.inserted, 0)], [run.digest, false, 0]);

    // every federation closes June and verifies; the settlement is then reproduced from the books
    for (const f of FEDERATION_CODES) {
      await closeMonth(k, f, june, 'test');
      assert.equal((await verifyClosing(k, f, june)).ok, true, f);
    }
    await assert.rejects(runSettlement(k, june, { runBy: 'test' }), (e: unknown) => e instanceof SettlementRunError && e.code === 'MONTH_CLOSED');
    const v = await verifySettlement(k, june);
    assert.deepEqual([v.ok, v.missing.length, v.extra.length, v.computed.digest], [true, 0, 0, run.digest]);
    for (const encoding of ['utf8', 'sjis'] as const) {
      const first = writeCsvFiles(join(dir, `run-${encoding}`), run.report.files, encoding);
      const redone = writeCsvFiles(join(dir, `verify-${encoding}`), v.computed.report.files, encoding);
      assert.equal(first.length, redone.length);
      first.forEach((p, i) => assert.ok(readFileSync(p).equals(readFileSync(redone[i]!)), p));
    }

    // July: 13 reverses (過誤) one of its claims of a 14 insurer; 14's July bill falls by it, and the
    // fee June charged on the copy (45) is taken back though the fee is 99 now
    const july = '2025-07';
    const target = (await k.withFederation('13', (trx) => monthClaimAmounts(trx, june))).find((a) => a.insurerPrefecture === '14' && a.insurerPays > 0)!;
    await k.withFederation('13', async (trx) => {
      const entries = (await monthEntries(trx, june)).filter((e) => e.claim?.fileId === target.claim.fileId && e.claim.seq === target.claim.seq);
      await postClaims(trx, '13', [{ entries: reversalPostings(entries, july, '過誤（通常過誤）', 'correction:1'), amounts: reversedAmounts(target, july, '過誤（通常過誤）', 'correction:1') }], 'test');
    });
    const jr = await runSettlement(k, july, { runBy: 'test', reviewFee: () => 99 });
    assert.equal(owed(jr.report.matrix, '14', '13').amount, -target.insurerPays);
    assert.equal(jr.report.matrix.total.claims, 1);
    assert.equal(jr.report.paying[0]!.claims[0]!.kind, 'correction');
    const e14 = await k.withFederation('14', (trx) => monthEntries(trx, july));
    assert.deepEqual(e14.map((e) => [e.account, e.amount]).sort(), [['insurer-benefit', -target.insurerPays], ['review-fee', -45], ['settlement', -target.insurerPays]].sort());
    assert.equal(monthBalance(e14).imbalance, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await m.dispose();
  }
});
