/**
 * `kokuho settlement` and `kokuho pooling` through the real bin, on a database holding a hand-made
 * month of 13, 14 and 27 (claims A, B, C, D of the worked month in
 * packages/store/src/settlement/run-settlement.test.ts, without the 過誤): the run's Japanese summary
 * and its Shift_JIS files, a rerun that records nothing, show verifying the run against the books,
 * a run refused once the months are closed, and the pooling's usage errors. The settlement and pooling
 * rules themselves are tested in packages/core and packages/store.
 *
 * Matrix (row owes column): 14→13 70,000 (A); 27→13 14,000 (D); 13→14 21,000 (B, 公費 9,000 stays
 * with 14); 13→27 56,000 (C). Nets: 13 +7,000, 14 −49,000, 27 +42,000; the centre takes in 49,000.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { openDatabase } from '@kokuho/store';
import { closeMonth } from '@kokuho/store/ledger';
import { handPosting, postHand } from '../../../store/src/settlement/hand-postings.test-support.ts';

const base = { postingMonth: '2025-06', serviceMonth: '2025-05' };

async function seed(data: string): Promise<void> {
  const k = await openDatabase({ dataDir: join(data, 'pgdata'), url: '' });
  try {
    await postHand(k, '13', [
      handPosting({ ...base, federation: '13', fileId: 11, seq: 1, insurerNumber: '140012', insurerPrefecture: '14', medicalCost: 100_000, insurerPays: 70_000 }),
      handPosting({ ...base, federation: '13', fileId: 11, seq: 2, insurerNumber: '270017', insurerPrefecture: '27', medicalCost: 20_000, insurerPays: 14_000 }),
    ]);
    await postHand(k, '14', [handPosting({ ...base, federation: '14', fileId: 21, seq: 1, insurerNumber: '138057', insurerPrefecture: '13', medicalCost: 30_000, insurerPays: 21_000, publicExpensePays: 9_000 })]);
    await postHand(k, '27', [handPosting({ ...base, federation: '27', fileId: 31, seq: 1, insurerNumber: '39131008', insurerPrefecture: '13', medicalCost: 62_230, insurerPays: 56_000 })]);
  } finally {
    await k.close();
  }
}

test('settlement run, show, rerun and refusal; pooling', async () => {
  const data = mkdtempSync(join(tmpdir(), 'kokuho-settlement-cli-'));
  const kokuho = (...args: string[]) => spawnSync(process.execPath, ['packages/cli/bin/kokuho.js', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', KOKUHO_DATA: data } });
  try {
    await seed(data);
    const before = kokuho('settlement', 'show', '--month', '2025-06');
    assert.equal(before.status, 2);
    assert.match(before.stderr, /まだ実行されていません/);

    const out = join(data, 'out');
    const run = kokuho('settlement', 'run', '--month', '2025-06', '--out', out, '--sjis');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /全国決済 2025-06（処理月）: 県外分 4件・総額 161,000円（関係する連合会 3）/);
    assert.match(run.stdout, /国保中央会の受入 49,000円・支払 49,000円/);
    assert.match(run.stdout, /14 神奈川県国民健康保険団体連合会: 受取 1件 21,000円・支払 1件 70,000円・差引 -49,000円（中央会へ支払）/);
    assert.match(run.stdout, /27 大阪府国民健康保険団体連合会: 受取 1件 56,000円・支払 1件 14,000円・差引 \+42,000円（中央会から受取）/);
    assert.match(run.stdout, /新しい実行として記録しました（1回目）/);
    const digest = /ダイジェスト ([0-9a-f]{64})/.exec(run.stdout)?.[1];
    assert.ok(digest);
    assert.deepEqual(readdirSync(out).sort(), ['paying-13.csv', 'paying-14.csv', 'paying-27.csv', 'receiving-13.csv', 'receiving-14.csv', 'receiving-27.csv', 'settlement-matrix.csv', 'settlement-transfers.csv']);
    const transfers = iconv.decode(readFileSync(join(out, 'settlement-transfers.csv')), 'cp932').split('\r\n');
    assert.equal(transfers[14], '14,神奈川県国民健康保険団体連合会,1,21000,1,70000,-49000,中央会へ支払,49000');
    assert.equal(transfers[48], '合計,,4,161000,4,161000,0,,49000');

    const again = kokuho('settlement', 'run', '--month', '2025-06', '--out', join(data, 'again'), '--json');
    assert.equal(again.status, 0, again.stderr);
    const a = JSON.parse(again.stdout) as { digest: string; recorded: boolean; runs: number; posted: { inserted: number }[] };
    assert.deepEqual([a.digest, a.recorded, a.runs, a.posted.map((p) => p.inserted)], [digest, false, 1, [0, 0, 0]]);
    // the UTF-8 files of the rerun are the Shift_JIS files of the run, decoded
    for (const name of readdirSync(out)) assert.equal(readFileSync(join(data, 'again', name), 'utf8'), iconv.decode(readFileSync(join(out, name)), 'cp932'), name);

    // the federations close June (in process: one bin run per federation would take long)
    const k = await openDatabase({ dataDir: join(data, 'pgdata'), url: '' });
    try {
      for (const f of ['13', '14', '27'] as const) await closeMonth(k, f, '2025-06', 'test');
    } finally {
      await k.close();
    }
    const late = kokuho('settlement', 'run', '--month', '2025-06');
    assert.equal(late.status, 2);
    assert.match(late.stderr, /締め済み/);
    const show = kokuho('settlement', 'show', '--month', '2025-06');
    assert.equal(show.status, 0, show.stderr);
    assert.match(show.stdout, new RegExp(`ダイジェスト ${digest}`));
    assert.match(show.stdout, /帳簿から計算し直した結果と一致しました/);

    const pooling = kokuho('pooling', '--fiscal-year', '2025', '--out', join(data, 'pooling'), '--json');
    assert.equal(pooling.status, 0, pooling.stderr);
    const p = JSON.parse(pooling.stdout) as { label: string; claims: number; summary: { byPrefectureFiscalYear: { prefecture: string; scheme: string; claims: number }[] } };
    assert.deepEqual([p.label, p.claims], ['令和7年度', 4], 'each claim once, not again as its copy in the insurer\'s federation');
    assert.deepEqual(p.summary.byPrefectureFiscalYear.map((r) => [r.prefecture, r.scheme, r.claims]), [['13', '国保', 1], ['13', '後期', 1], ['14', '国保', 1], ['27', '国保', 1]]);
    assert.equal(readdirSync(join(data, 'pooling')).length, 6);
    const text = kokuho('pooling', '--month', '2025-05', '--out', join(data, 'pooling-may'));
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /共同事業 2025-05（2025-05〜2025-05 診療分）: レセプト 4件/);
    assert.equal(kokuho('pooling', '--month', '2025-05', '--fiscal-year', '2025').status, 2);
    assert.equal(kokuho('settlement', 'run', '--month', '2025-13').status, 2);
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
});
