/**
 * The provider's pre-check finds every planted format and clerical error of a generated month on
 * its claim (レセプト番号) and nothing on clean claims (ground-truth.jsonl), and stores nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { categoryOf, generateMonth, type GroundTruthEntry } from '@kokuho/synth';
import { createTestDatabase } from '../db/test-database.ts';
import { importMasterFiles } from '../masters/import-master-files.ts';
import { openMasterCache } from './master-cache.ts';
import { precheckFile, type PrecheckFinding } from './precheck-file.ts';
import { readRuleDirectory } from '../rules/read-rule-directory.ts';

test('pre-check: planted format and clerical errors found on their claims, none on clean claims, nothing stored', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kokuho-precheck-'));
  const k = await createTestDatabase('pglite');
  try {
    generateMonth({ federation: '13', month: '2025-05', claims: 800, outDir: dir, seed: 6, mastersDir: 'data/sample-masters', errorRate: 0.12 });
    const truth = readFileSync(join(dir, 'ground-truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GroundTruthEntry);
    await importMasterFiles(k.db, ['data/sample-masters']);
    const masters = await openMasterCache(k);
    const found = new Map<string, Set<string>>();
    let claims = 0;
    for (const p of readdirSync(join(dir, 'claims')).sort()) {
      const name = `claims/${p}/RECEIPTC.UKE`;
      const r = await precheckFile(masters, { path: join(dir, name), name });
      assert.equal(r.federation, '13');
      assert.equal(r.month, '2025-05');
      claims += r.claims;
      for (const f of r.findings) {
        const key = `${name}#${f.claim}`;
        if (!found.has(key)) found.set(key, new Set());
        found.get(key)!.add(categoryOf(f.ruleId));
      }
    }
    assert.equal(claims, 800);
    const judged = truth.filter((g) => g.category === 'format' || g.category === 'clerical');
    assert.ok(judged.length > 40);
    for (const g of judged) {
      const key = `${g.file}#${g.claim}`;
      assert.ok(found.get(key)?.has(g.category), `${g.kind} at ${key}`);
    }
    const planted = new Set(truth.map((g) => `${g.file}#${g.claim}`));
    const onClean = [...found.keys()].filter((key) => !planted.has(key));
    assert.deepEqual(onClean, [], 'no finding on a claim without a planted error');
    const stored = await k.db.selectFrom('intake_files').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(stored.n), 0);
  } finally {
    await k.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('pre-check with the rules: planted check errors of one claim are found with rule, version and trace; nothing on clean claims', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kokuho-precheck-rules-'));
  const k = await createTestDatabase('pglite');
  try {
    generateMonth({ federation: '13', month: '2025-05', claims: 1500, outDir: dir, seed: 11, mastersDir: 'data/sample-masters', errorRate: 0.15 });
    const truth = readFileSync(join(dir, 'ground-truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GroundTruthEntry);
    await importMasterFiles(k.db, ['data/sample-masters']);
    const masters = await openMasterCache(k);
    const { ruleSet } = readRuleDirectory('rules');
    const ruled = new Map<string, PrecheckFinding[]>();
    for (const p of readdirSync(join(dir, 'claims')).sort()) {
      const name = `claims/${p}/RECEIPTC.UKE`;
      const r = await precheckFile(masters, { path: join(dir, name), name }, { rules: () => ruleSet });
      for (const f of r.findings.filter((x) => x.version !== undefined)) (ruled.get(`${name}#${f.claim}`) ?? ruled.set(`${name}#${f.claim}`, []).get(`${name}#${f.claim}`)!).push(f);
    }
    // Kinds a single claim shows (横覧・突合 need the other claims, which the pre-check of one file may not have).
    const ONE_CLAIM = ['duplicate-same-day', 'over-frequency', 'age-limited-item', 'drug-without-indication', 'initial-visit-consecutive-month'];
    const planted = truth.filter((g) => ONE_CLAIM.includes(g.kind));
    assert.ok(planted.length >= 10, `${planted.length} planted`);
    for (const g of planted) assert.ok(ruled.has(`${g.file}#${g.claim}`), `${g.kind} at ${g.file}#${g.claim}`);
    const f = ruled.get(`${planted[0]!.file}#${planted[0]!.claim}`)![0]!;
    assert.ok(f.version! >= 1 && f.trace!.length > 0 && ['adjust', 'return', 'notice'].includes(f.action));
    const anyPlanted = new Set(truth.map((g) => `${g.file}#${g.claim}`));
    assert.deepEqual([...ruled.keys()].filter((key) => !anyPlanted.has(key)), [], 'no rule finding on a claim without a planted error');
  } finally {
    await k.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
});
