/**
 * The `kokuho` commands as users and scripts call them: output shape and exit codes
 * (0 valid, 1 input with errors, 2 usage) are promises, so they are tested through the real bin.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SAMPLE = '../shared/data/samples/RECEIPTC_GAIRAI_SAMPLE.UKE';

function kokuho(args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['packages/cli/bin/kokuho.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('uke check --json on the shared sample: exact totals, no errors, exit 0', () => {
  const r = kokuho(['uke', 'check', SAMPLE, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const [report] = JSON.parse(r.stdout);
  // GO of the sample: 総件数 140 (HO + KO records), 総合計点数 86392 (../shared/data/README.md).
  assert.equal(report.kind, 'medical');
  assert.equal(report.claims, 75);
  assert.equal(report.totalPoints, 86392);
  assert.equal(report.errors.filter((e: { severity: string }) => e.severity === 'error').length, 0);
});

test('uke check reports a wrong HO total at its line and exits 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kokuho-cli-'));
  try {
    const lines = readFileSync(SAMPLE, 'latin1').split('\r\n');
    const i = lines.findIndex((l) => l.startsWith('HO,'));
    const f = lines[i]!.split(',');
    f[5] = String(Number(f[5]) + 10);
    lines[i] = f.join(',');
    const bad = join(dir, 'RECEIPTC.UKE');
    writeFileSync(bad, Buffer.from(lines.join('\r\n'), 'latin1'));
    const r = kokuho(['uke', 'check', bad, '--json']);
    assert.equal(r.status, 1);
    const [report] = JSON.parse(r.stdout);
    assert.ok(report.errors.some((e: { line: number; code: string }) => e.line === i + 1 && e.code === 'UKE-E054'), JSON.stringify(report.errors));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('usage errors exit 2 with a message', () => {
  const r = kokuho(['uke', 'check', 'no-such-file.UKE']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /ファイルが見つかりません/);
  assert.equal(kokuho(['no-such-command']).status, 2);
});

test('masters import then show: the version in force on a date', () => {
  const data = mkdtempSync(join(tmpdir(), 'kokuho-data-'));
  try {
    const imp = kokuho(['masters', 'import', 'data/sample-masters'], { KOKUHO_DATA: data });
    assert.equal(imp.status, 0, imp.stderr);
    const again = kokuho(['masters', 'import', 'data/sample-masters'], { KOKUHO_DATA: data });
    assert.match(again.stdout, /取込済み|skipped|スキップ/);
    const show = kokuho(['masters', 'show', '111000110', '--date', '2025-05-01'], { KOKUHO_DATA: data });
    assert.equal(show.status, 0, show.stderr);
    const entry = JSON.parse(show.stdout);
    // 初診料 291点 (s_ALL20240531.csv, 令和6年度改定).
    assert.equal(entry.entry.name, '初診料');
    assert.equal(entry.entry.points100, 29100);
  } finally {
    rmSync(data, { recursive: true, force: true });
  }
});
