/**
 * `kokuho ledger post` with a review-fee table and `kokuho bills` through the real bin: a generated
 * month taken in, sorted and posted with a fee table of 70円 per claim; a table with a bad row is
 * refused naming its line and field (exit 2); the bills' fees are 70円 × their claims, the bills and
 * statements add up to what was posted, the 月次照合 line is printed and holds to the yen, Shift_JIS
 * files read back, --no-pdf writes CSV only, and without a Japanese font nothing is written (exit 2,
 * saying what to install).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';

test('ledger post with a fee table, then bills and payment statements of the posting month', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'kokuho-bills-cli-'));
  const env = { ...process.env, DATABASE_URL: '', KOKUHO_DATA: join(tmp, 'data') };
  const kokuho = (...args: string[]) => spawnSync(process.execPath, ['packages/cli/bin/kokuho.js', ...args], { encoding: 'utf8', env });
  const ok = (r: ReturnType<typeof kokuho>) => assert.equal(r.status, 0, r.stderr);
  try {
    ok(kokuho('generate', '--federation', '13', '--month', '2025-05', '--claims', '80', '--out', join(tmp, 'month'), '--seed', '4'));
    ok(kokuho('intake', '--federation', '13', '--month', '2025-05', join(tmp, 'month'), '--json'));
    ok(kokuho('review', 'sort', '--federation', '13', '--month', '2025-05', '--risk-share', '0'));

    const bad = join(tmp, 'bad-fees.csv');
    writeFileSync(bad, '# 例\nfederation,insurer,category,from,yen\n13,,,2024-04,60\n13,,,2024-04,abc\n');
    const refused = kokuho('ledger', 'post', '--federation', '13', '--month', '2025-05', '--review-fees', bad);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /bad-fees\.csv:4 \[yen\] 手数料は0以上の整数（円）です（abc）/);

    const fees = join(tmp, 'fees.csv');
    writeFileSync(fees, 'federation,insurer,category,from,yen\n13,,,2024-04,70\n');
    const posted = kokuho('ledger', 'post', '--federation', '13', '--month', '2025-05', '--review-fees', fees, '--json');
    ok(posted);
    const p = JSON.parse(posted.stdout) as { priced: number; balance: { byAccount: Record<string, number> } };
    assert.ok(p.priced > 30);
    assert.equal(p.balance.byAccount['review-fee'], 70 * p.priced);

    const out = join(tmp, 'bills');
    const bills = kokuho('bills', '--federation', '13', '--month', '2025-06', '--out', out, '--sjis');
    ok(bills);
    const m = /請求書 (\d+)保険者: 請求額 ([\d,]+)円（うち審査支払手数料 ([\d,]+)円）\n {2}公費請求書 \d+公費負担者: .*\n {2}支払額通知書 (\d+)医療機関: 支払額 ([\d,]+)円/.exec(bills.stdout);
    assert.ok(m, bills.stdout);
    const [billCount, billed, fee, statementCount, paid] = m.slice(1).map((x) => Number(x!.replace(/,/g, ''))) as [number, number, number, number, number];
    assert.equal(paid, p.balance.byAccount['provider-payment'], 'every provider of the federation is paid what was posted');
    assert.equal(fee % 70, 0);
    assert.match(bills.stdout, /令和7年6月処理分（帳簿は未締め）/);
    // 月次照合: 請求額 + 公費請求額 + 決済受取 − 決済支払 = 支払額 + 審査支払手数料, to the yen
    const rc = /月次照合: 請求額 ([\d,]+)円 \+ 公費請求額 ([\d,]+)円 \+ 全国決済受取 ([\d,]+)円 − 全国決済支払 ([\d,]+)円 = ([\d,]+)円、支払額 ([\d,]+)円 \+ 審査支払手数料 ([\d,]+)円 = ([\d,]+)円（一致）/.exec(bills.stdout);
    assert.ok(rc, bills.stdout);
    const [rBilled, rPublic, rIn, rOut, left, rPaid, rFees, right] = rc.slice(1).map((x) => Number(x!.replace(/,/g, ''))) as [number, number, number, number, number, number, number, number];
    assert.deepEqual([rBilled, rPaid, rFees, rOut], [billed, paid, p.balance.byAccount['review-fee'], 0], 'no settlement has run: nothing owed to other federations');
    assert.equal(left, rBilled + rPublic + rIn - rOut);
    assert.equal(right, rPaid + rFees);
    assert.equal(left, right);
    assert.ok(rPublic > 0, `the generated month has 公費: ${bills.stdout}`);
    const files = readdirSync(out).sort();
    assert.equal(files.filter((f) => f.endsWith('-bill.pdf') && !f.endsWith('-public-bill.pdf')).length, billCount);
    assert.ok(files.includes('reconciliation.csv'));
    assert.equal(files.filter((f) => f.endsWith('-payment.pdf')).length, statementCount);
    const summary = iconv.decode(readFileSync(join(out, 'summary.csv')), 'cp932').split('\r\n');
    assert.equal(summary[0], '書類,宛先コード,宛先,件数,点数,保険者負担,公費負担,審査支払手数料,金額');
    const billedRow = summary.find((l) => l.startsWith('請求書合計,'))!.split(',');
    assert.deepEqual([Number(billedRow[7]), Number(billedRow[8])], [fee, billed]);
    assert.equal(Number(billedRow[3]) * 70, fee, '70円 per billed claim');

    const csvOnly = join(tmp, 'csv-only');
    ok(kokuho('bills', '--federation', '13', '--month', '2025-06', '--out', csvOnly, '--no-pdf'));
    assert.deepEqual(readdirSync(csvOnly).sort(), files.filter((f) => f.endsWith('.csv')));
    assert.equal(readFileSync(join(csvOnly, 'summary.csv'), 'utf8'), summary.join('\r\n'), 'UTF-8 and Shift_JIS say the same');

    const noFont = spawnSync(process.execPath, ['packages/cli/bin/kokuho.js', 'bills', '--federation', '13', '--month', '2025-06', '--out', join(tmp, 'no-font')],
      { encoding: 'utf8', env: { ...env, KOKUHO_PDF_FONT: join(tmp, 'missing.ttf') } });
    assert.equal(noFont.status, 2);
    assert.match(noFont.stderr, /フォントファイル .*missing\.ttf がありません[^]*--no-pdf/);
    assert.equal(existsSync(join(tmp, 'no-font')), false, 'nothing written without a font');

    assert.equal(kokuho('bills', '--federation', '13', '--month', '2025-6').status, 2);
    assert.equal(kokuho('bills', '--federation', '48', '--month', '2025-06').status, 2);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
