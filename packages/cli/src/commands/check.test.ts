/**
 * `kokuho check FILE --json` as a provider's script calls it: `{findings: [{claim, line, ruleId,
 * lamp, action, message}]}` with the RE レセプト番号 and the 1-based line of the file, exit 1 when
 * something would be returned, 0 when nothing would, 2 on usage errors.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'kokuho-check-cli-'));
const env = { ...process.env, DATABASE_URL: '', KOKUHO_DATA: join(tmp, 'data') };
const kokuho = (args: string[]) => spawnSync(process.execPath, ['packages/cli/bin/kokuho.js', ...args], { encoding: 'utf8', env });

test('check --json: planted errors at their claim and line; exit 1; a file without planted errors exits 0', () => {
  const month = join(tmp, 'month');
  assert.equal(kokuho(['generate', '--federation', '13', '--month', '2025-05', '--claims', '300', '--out', month, '--seed', '4']).status, 0);
  assert.equal(kokuho(['masters', 'import', 'data/sample-masters']).status, 0);
  const truth = readFileSync(join(month, 'ground-truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; claim: number | null; line: number; kind: string; category: string });
  const target = truth.find((g) => g.category === 'clerical' && g.claim !== null)!;
  const r = kokuho(['check', join(month, target.file), '--json']);
  assert.equal(r.status, 1, r.stderr);
  const out = JSON.parse(r.stdout) as { findings: { claim: number | null; line: number; ruleId: string; lamp: string; action: string; message: string }[] };
  const hit = out.findings.find((f) => f.claim === target.claim && f.line === target.line);
  assert.ok(hit, `${target.kind} at claim ${target.claim}, line ${target.line}`);
  assert.match(hit.ruleId, /^CLR-E\d{3}$/);
  assert.equal(hit.lamp, 'S');
  assert.match(hit.action, /^(return|notice)$/);
  assert.match(hit.message, /[ぁ-んァ-ン一-龥]/);

  // A month generated without errors: nothing would be returned.
  const clean = join(tmp, 'clean');
  assert.equal(kokuho(['generate', '--federation', '13', '--month', '2025-05', '--claims', '60', '--out', clean, '--seed', '4', '--error-rate', '0']).status, 0);
  const ok = kokuho(['check', join(clean, 'claims'), '--json']);
  assert.equal(ok.status, 0, ok.stdout.slice(0, 2000));
  assert.equal((JSON.parse(ok.stdout) as { findings: unknown[] }).findings.length, 0);
});

test('check: usage errors exit 2', () => {
  assert.equal(kokuho(['check', join(tmp, 'missing.UKE')]).status, 2);
  assert.equal(kokuho(['check', tmp, '--month', '2025-13']).status, 2);
});

test.after(() => rmSync(tmp, { recursive: true, force: true }));
