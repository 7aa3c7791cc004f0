/**
 * `kokuho intake` as scripts call it: generate then intake on an empty embedded database, the JSON
 * summary's promised fields (files, claims, accepted, returned, duplicates, findings), the 受付結果
 * files, the same directory again (all duplicates), and usage errors (exit 2).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';

const tmp = mkdtempSync(join(tmpdir(), 'kokuho-intake-cli-'));
const env = { ...process.env, DATABASE_URL: '', KOKUHO_DATA: join(tmp, 'data') };
const kokuho = (args: string[]) => spawnSync(process.execPath, ['packages/cli/bin/kokuho.js', ...args], { encoding: 'utf8', env });

test('generate then intake --json on an empty database; again → every claim a duplicate', () => {
  const month = join(tmp, 'month');
  const g = kokuho(['generate', '--federation', '27', '--month', '2025-02', '--claims', '400', '--out', month, '--seed', '3']);
  assert.equal(g.status, 0, g.stderr);
  const reports = join(tmp, 'reports');
  const r = kokuho(['intake', '--federation', '27', '--month', '2025-02', month, '--json', '--report-dir', reports, '--sjis']);
  assert.equal(r.status, 0, r.stderr);
  const s = JSON.parse(r.stdout);
  for (const key of ['files', 'claims', 'accepted', 'returned', 'duplicates']) assert.equal(typeof s[key], 'number', key);
  assert.equal(s.claims, 400);
  assert.equal(s.accepted + s.returned + s.duplicates + s.refused, 400);
  assert.equal(s.duplicates, 0);
  assert.ok(s.returned > 0);
  const truth = readFileSync(join(month, 'ground-truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { category: string; kind: string });
  assert.equal(s.findings['CLR-E005'] ?? 0, truth.filter((t) => t.kind === 'insurer-check-digit').length);
  const findings = Object.values(s.findings as Record<string, number>).reduce((a, b) => a + b, 0);
  assert.ok(findings >= s.returned, `every returned claim has a finding (${findings} findings, ${s.returned} returned)`);
  assert.match(r.stderr, /台帳・資格異動を取り込みました/);
  assert.match(r.stderr, /サンプルマスター/);
  const csvs = readdirSync(reports);
  assert.equal(csvs.length, s.files);
  assert.match(iconv.decode(readFileSync(join(reports, csvs[0]!)), 'cp932'), /^ファイル,ファイルの受付,レセプト番号/);

  const again = kokuho(['intake', '--federation', '27', '--month', '2025-02', month, '--json', '--report-dir', reports]);
  assert.equal(again.status, 0, again.stderr);
  const a = JSON.parse(again.stdout);
  assert.equal(a.duplicates, 400);
  assert.equal(a.accepted + a.returned, 0);
  assert.equal(a.filesDuplicate, s.files);

  const text = kokuho(['intake', '--federation', '27', '--month', '2025-02', month]);
  assert.equal(text.status, 0);
  assert.match(text.stdout, /令和7年2月診療分 受付結果/);
  assert.ok(existsSync(join(env.KOKUHO_DATA, 'reports', '27', '2025-02', 'receipt-results')));

  const status = kokuho(['intake-status', '--federation', '27', '--month', '2025-02', '--json']);
  assert.equal(status.status, 0, status.stderr);
  const st = JSON.parse(status.stdout) as { files: { status: string; claims: number; accepted: number; returned: number }[] };
  assert.equal(st.files.length, s.files);
  assert.ok(st.files.every((f) => f.status === 'accepted'));
  assert.equal(st.files.reduce((n, f) => n + f.accepted + f.returned, 0), s.accepted + s.returned);
  assert.match(kokuho(['intake-status', '--federation', '27', '--month', '2025-02']).stdout, /令和7年2月診療分の受付/);
});

test('usage errors exit 2 with a message', () => {
  assert.equal(kokuho(['intake', '--federation', '99', '--month', '2025-02', tmp]).status, 2);
  assert.equal(kokuho(['intake', '--federation', '13', '--month', '2025-13', tmp]).status, 2);
  const none = kokuho(['intake', '--federation', '13', '--month', '2025-02', join(tmp, 'missing')]);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /見つかりません/);
});

test.after(() => rmSync(tmp, { recursive: true, force: true }));
