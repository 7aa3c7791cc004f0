import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_KINDS } from '../errors/error-kinds.ts';
import { generate, readTree } from '../test-support/generated-month.ts';

const month = generate('2025-05', 2500);

test('the same arguments give byte-identical output', () => {
  const again = generate('2025-05', 2500);
  const a = readTree(month.dir), b = readTree(again.dir);
  assert.deepEqual([...a.keys()], [...b.keys()]);
  for (const [path, bytes] of a) assert.ok(bytes.equals(b.get(path)!), path);
  // A different seed is a different month.
  const other = generate('2025-05', 300, 2);
  assert.notEqual(readFileSync(join(other.dir, 'manifest.json'), 'utf8'), readFileSync(join(month.dir, 'manifest.json'), 'utf8'));
});

test('exactly the requested number of claims, in the files the manifest lists with their sha256', () => {
  let claims = 0;
  for (const events of month.files.values()) for (const e of events) if (e.type === 'claim' || e.type === 'genericClaim') claims++;
  assert.equal(claims, 2500);
  assert.equal(month.manifest.counts.claims, 2500);
  const tree = readTree(month.dir);
  for (const f of month.manifest.files) assert.equal(tree.get(f.path)?.length, f.bytes, f.path);
  assert.ok([...tree.keys()].some((p) => p.startsWith('eligibility/')));
  for (const p of ['registry/insurers.csv', 'registry/providers.csv', 'registry/households.csv', 'registry/insured.csv', 'ground-truth.jsonl']) assert.ok(tree.has(p), p);
});

const GENERIC_CODES: ReadonlySet<string> = new Set(['unknown-record', 'invalid-date', 'ho-total-mismatch']);

test('the UKE reader reports exactly the planted format errors, at the lines of the ground truth', () => {
  const expected = new Set<string>();
  for (const t of month.truth) {
    const generic = !month.files.get(t.file)?.some((e) => e.type === 'claim' || (e.type === 'header' && e.kind === 'medical'));
    // 調剤 / 歯科 files: the reader checks fields (leniently) and HO/KO totals, not the 医科 claim rules.
    const code = generic ? (GENERIC_CODES.has(t.kind) ? ERROR_KINDS[t.kind].ukeCode : undefined) : ERROR_KINDS[t.kind].ukeCode;
    if (code) expected.add(`${t.file}:${t.line}:${code}`);
  }
  const reported = new Set<string>();
  for (const [file, events] of month.files) for (const e of events) for (const x of e.errors) reported.add(`${file}:${x.line}:${x.code}`);
  assert.deepEqual([...reported].sort(), [...expected].sort());
  assert.ok(expected.size > 20, `only ${expected.size} format errors planted`);
});

test('GO totals are the claims’ totals except where a wrong GO is planted', () => {
  const planted = new Set(month.truth.filter((t) => t.kind === 'go-total-mismatch').map((t) => t.file));
  for (const [file, events] of month.files) {
    const end = events.find((e) => e.type === 'end');
    const go = events.find((e) => e.type === 'trailer');
    assert.ok(end?.type === 'end' && go?.type === 'trailer', file);
    const ok = go.record.totalCount === end.summary.totalCount && go.record.totalPoints === end.summary.totalPoints;
    assert.equal(ok, !planted.has(file), file);
  }
});

test('ground truth: one error per claim, every category present, about the requested share', () => {
  const perClaim = new Set<string>();
  for (const t of month.truth) {
    if (t.claim === null) continue;
    const key = `${t.file}#${t.claim}`;
    assert.ok(!perClaim.has(key), `two errors in ${key}`);
    perClaim.add(key);
    assert.equal(t.category, ERROR_KINDS[t.kind].category);
  }
  const categories = new Set(month.truth.map((t) => t.category));
  assert.deepEqual([...categories].sort(), ['check', 'clerical', 'eligibility', 'format', 'judgement']);
  const share = perClaim.size / 2500;
  assert.ok(share > 0.05 && share < 0.12, `share ${share}`);
  assert.ok(new Set(month.truth.map((t) => t.kind)).size >= 15);
});

test('a planted wrong GO is the only error of its file and sits on the GO line', () => {
  const m = generate('2025-05', 400, 3, { errorRate: 0, fileErrorRate: 1 });
  const medical = [...m.files].filter(([, ev]) => ev.some((e) => e.type === 'header' && e.kind === 'medical'));
  assert.ok(medical.length > 3);
  for (const [file, events] of medical) {
    const go = events.find((e) => e.type === 'trailer')!;
    const errors = events.flatMap((e) => e.errors);
    assert.deepEqual(errors.map((e) => `${e.line}:${e.code}`), [`${go.type === 'trailer' ? go.record.line : 0}:UKE-E061`], file);
    assert.ok(m.truth.some((t) => t.file === file && t.kind === 'go-total-mismatch' && t.line === (go.type === 'trailer' ? go.record.line : -1) && t.claim === null));
  }
  assert.equal(m.truth.filter((t) => t.claim !== null).length, 0);
});

test('every ground-truth line is the record its kind names', () => {
  const RECORD: Record<string, readonly string[]> = {
    'ho-total-mismatch': ['HO'], 'go-total-mismatch': ['GO'], 'count-days-mismatch': ['SI', 'IY', 'TO'], 'missing-diagnosis': ['RE'],
    'invalid-date': ['RE'], 'field-too-long': ['RE'], 'non-digit-numeric': ['HO', 'KO'], 'unknown-record': ['ZZ'],
    'receipt-type-age-mismatch': ['RE'], 'unknown-code': ['SI'], 'abolished-code': ['SI', 'IY'], 'points-mismatch': ['SI'],
    'insurer-check-digit': ['HO'], 'public-expense-number-malformed': ['KO'], 'not-insured': ['HO'], 'lost-before-visit': ['HO'],
    'wrong-insurer': ['HO'], 'duplicate-same-day': ['SI'], 'over-frequency': ['SI'], 'drug-without-indication': ['IY'],
    'initial-visit-consecutive-month': ['SI'], 'age-limited-item': ['SI'], 'outpatient-management-with-procedure': ['SI'],
    'missing-specific-disease': ['SI'], 'sex-specific-item': ['SI'], 'judgement-fee-across-claims': ['SI'],
    'pharmacy-drug-without-indication': ['IY'], 'pharmacy-without-prescriber-claim': ['RE'],
    'short-stay-bundled-item': ['SI'], 'daily-dose-over-max': ['IY'], 'new-drug-over-14-days': ['IY'],
    'excessive-tests': ['SI'], 'excessive-injection': ['SI'],
  };
  const decoder = new TextDecoder('shift_jis');
  const lines = new Map<string, string[]>();
  for (const t of month.truth) {
    let l = lines.get(t.file);
    if (!l) lines.set(t.file, (l = decoder.decode(readFileSync(join(month.dir, t.file))).split('\r\n')));
    const id = l[t.line - 1]!.slice(0, 2);
    assert.ok(RECORD[t.kind]!.includes(id), `${t.kind} at ${t.file}:${t.line} is ${id}`);
  }
});

test('a month the masters do not cover is refused', () => {
  assert.throws(() => generate('2023-05', 10), /範囲外/);
});
