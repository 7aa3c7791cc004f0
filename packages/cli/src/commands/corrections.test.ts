/**
 * `kokuho corrections` through the real bin, on a database holding two paid claims of 2025-05 (posted in
 * 2025-06): a 通常過誤 requested by the insurer, taken up, decided into 2025-08 (the claim's entries
 * reversed), decided again without writing twice, shown with its history and entries; a 再審査 asked
 * after its deadline (2025-12-31: rules-reference.md §9.3) refused with exit 1 and the date; a second
 * 過誤 of the reversed claim refused; usage mistakes exit 2. Each call opens the database, so the calls
 * are few; the workflows themselves are tested in packages/store/src/corrections.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@kokuho/store';
import { seedPaidClaims } from '../../../store/src/corrections/paid-claims.test-support.ts';

test('corrections request, review, decide, show, list and their refusals', async () => {
  const data = mkdtempSync(join(tmpdir(), 'kokuho-corrections-cli-'));
  const kokuho = (...args: string[]) => spawnSync(process.execPath, ['packages/cli/bin/kokuho.js', 'corrections', ...args, '--federation', '13'], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', KOKUHO_DATA: data } });
  try {
    const k = await openDatabase({ dataDir: join(data, 'pgdata'), url: '' });
    await seedPaidClaims(k, '13', 2).finally(() => k.close());
    const asked = kokuho('request', '--kind', '過誤', '--claim', '1:1', '--insurer', '138057', '--reason', 'eligibility-lost', '--reason-text', '4月末で資格喪失', '--date', '2025-08-05', '--json');
    assert.equal(asked.status, 0, asked.stderr);
    const c = JSON.parse(asked.stdout) as { caseId: number; state: string; timing: string };
    assert.deepEqual([c.state, c.timing], ['requested', 'ordinary']);
    const id = String(c.caseId);

    const review = kokuho('review', id, '--date', '2025-08-06', '--by', 'shiharai');
    assert.equal(review.status, 0, review.stderr);
    assert.match(review.stdout, /審査中にしました/);
    const decided = kokuho('decide', id, '--outcome', 'accepted', '--posting-month', '2025-08', '--date', '2025-08-20', '--by', 'shiharai');
    assert.equal(decided.status, 0, decided.stderr);
    assert.match(decided.stdout, /受理（取消し）と決定しました/);
    assert.match(decided.stdout, /新規の記帳 3行/);
    assert.match(decided.stdout, /保険者負担: -5,320円/);
    const again = kokuho('decide', id, '--outcome', 'accepted', '--posting-month', '2025-08', '--date', '2025-08-21', '--json');
    assert.equal(again.status, 0, again.stderr);
    assert.deepEqual(((r) => [r.retried, r.inserted, r.existing])(JSON.parse(again.stdout)), [true, 0, 3]);

    const shown = kokuho('show', id, '--json');
    const d = JSON.parse(shown.stdout) as { case: { state: string; postingMonth: string }; events: { action: string }[]; entries: { amount: number; postingMonth: string }[] };
    assert.deepEqual([d.case.state, d.case.postingMonth, d.events.map((e) => e.action)], ['decided', '2025-08', ['request', 'start-review', 'decide']]);
    assert.deepEqual(d.entries.map((e) => e.amount).sort((a, b) => a - b), [-5_320, -5_320, -60]);

    const twice = kokuho('request', '--kind', 'correction', '--claim', '1:1', '--provider', '1310000045', '--reason', 'duplicate', '--date', '2025-09-01');
    assert.equal(twice.status, 1);
    assert.match(twice.stderr, /取り消し済み/);
    const late = kokuho('request', '--kind', '再審査', '--claim', '1:2', '--insurer', '138057', '--reason', 'excessive', '--date', '2026-01-01', '--json');
    assert.equal(late.status, 1);
    assert.equal(JSON.parse(late.stdout).error.code, 'PAST_DEADLINE');
    assert.match(late.stderr, /期限は 2025-12-31/);

    const list = kokuho('list');
    assert.equal(list.status, 0, list.stderr);
    assert.match(list.stdout, /申出 1件\n  No\.\d+ 過誤（通常過誤） レセプト 1:1 保険者 138057 2025-08-05申出 決定・受理（取消し）・処理月 2025-08 理由: 資格喪失後の受診/);

    // mistakes in the options are found before the database is opened
    assert.equal(kokuho('request', '--kind', 'kago', '--claim', '1:1', '--insurer', '138057', '--reason', 'other').status, 2);
    assert.equal(kokuho('request', '--kind', 'correction', '--claim', '1-1', '--insurer', '138057', '--reason', 'other').status, 2);
    assert.equal(kokuho('decide', id, '--outcome', 'adjusted').status, 2, 'a 査定 needs --cut');
    assert.equal(kokuho('decide', id, '--outcome', 'refused').status, 2, 'a refusal needs --reason');
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
});
