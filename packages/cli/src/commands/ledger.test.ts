/**
 * `kokuho ledger` through the real bin on an empty database: an empty month posts nothing and
 * balances, closing it records a digest that verify finds again, a closed month refuses posting
 * (exit 2), and usage errors exit 2 naming the option. Posting real months is tested in
 * packages/store/src/ledger.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('ledger post, close, verify and their refusals', () => {
  const data = mkdtempSync(join(tmpdir(), 'kokuho-ledger-cli-'));
  const kokuho = (...args: string[]) => spawnSync(process.execPath, ['packages/cli/bin/kokuho.js', 'ledger', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', KOKUHO_DATA: data } });
  try {
    const posted = kokuho('post', '--federation', '13', '--month', '2025-05', '--json');
    assert.equal(posted.status, 0, posted.stderr);
    const r = JSON.parse(posted.stdout) as { postingMonth: string; decided: number; inserted: number; balance: { imbalance: number } };
    assert.deepEqual([r.postingMonth, r.decided, r.inserted, r.balance.imbalance], ['2025-06', 0, 0, 0]);
    assert.equal(kokuho('verify', '--federation', '13', '--month', '2025-06').status, 2, 'not closed yet');
    const closed = kokuho('close', '--federation', '13', '--month', '2025-06');
    assert.equal(closed.status, 0, closed.stderr);
    const digest = /ダイジェスト ([0-9a-f]{64})/.exec(closed.stdout)?.[1];
    assert.ok(digest);
    const verified = kokuho('verify', '--federation', '13', '--month', '2025-06');
    assert.equal(verified.status, 0);
    assert.match(verified.stdout, new RegExp(`一致しました: ${digest}`));
    const late = kokuho('post', '--federation', '13', '--month', '2025-05');
    assert.equal(late.status, 2);
    assert.match(late.stderr, /締め済み/);
    assert.equal(kokuho('post', '--federation', '13', '--month', '2025-05', '--review-fee', '-1').status, 2);
    assert.equal(kokuho('post', '--federation', '48', '--month', '2025-05').status, 2);
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
});
