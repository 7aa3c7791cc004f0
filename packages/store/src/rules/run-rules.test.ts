/**
 * The rules on a stored month (both engines): the catalogue loads once (a version is immutable),
 * the rules find the planted check errors of a generated month, a rerun neither loses nor doubles
 * a finding, and a federation's adoption turns a rule off without code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkPrecision, confusionTable, generateMonth, type GroundTruthEntry } from '@kokuho/synth';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import { importMasterFiles } from '../masters/import-master-files.ts';
import { loadRegistryDirectory } from '../registry/load-registry-directory.ts';
import { intakeFiles } from '../intake/intake-files.ts';
import { observedFindings } from '../intake/observed-findings.ts';
import { readRuleDirectory } from './read-rule-directory.ts';
import { loadRuleSet, saveAdoption } from './rule-store.ts';
import { runRulesForMonth } from './run-rules-month.ts';
import { readdirSync } from 'node:fs';

const MONTH = '2025-05';
const dir = mkdtempSync(join(tmpdir(), 'kokuho-rules-'));
generateMonth({ federation: '13', month: MONTH, claims: 1500, outDir: dir, seed: 7, mastersDir: 'data/sample-masters', errorRate: 0.1 });
// The month before, same population: the history 縦覧 reads.
const before = mkdtempSync(join(tmpdir(), 'kokuho-rules-prev-'));
generateMonth({ federation: '13', month: '2025-04', claims: 1500, outDir: before, seed: 7, mastersDir: 'data/sample-masters', errorRate: 0.1 });
const truth = readFileSync(join(dir, 'ground-truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GroundTruthEntry);
const ukeFiles = (root: string) => readdirSync(join(root, 'claims'), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.UKE'))
  .map((e) => ({ path: join(e.parentPath, e.name), name: join(e.parentPath, e.name).slice(root.length + 1) }))
  .sort((a, b) => a.name.localeCompare(b.name));
const files = ukeFiles(dir);
const rules = readRuleDirectory('rules');

for (const engine of testEngines()) {
  test(`[${engine}] rules on a stored month: catalogue versions, findings, reruns, adoption`, async () => {
    const k = await createTestDatabase(engine);
    try {
      await importMasterFiles(k.db, ['data/sample-masters']);
      await loadRegistryDirectory(k, '13', before);
      await intakeFiles(k, ukeFiles(before), { federation: '13', month: '2025-04' });
      await loadRegistryDirectory(k, '13', dir);
      await intakeFiles(k, files, { federation: '13', month: MONTH });
      assert.deepEqual(rules.errors, []);

      const loaded = await loadRuleSet(k, rules.ruleSet);
      assert.equal(loaded.inserted.length, rules.ruleSet.rules.length);
      const again = await loadRuleSet(k, rules.ruleSet);
      assert.equal(again.inserted.length, 0);
      assert.equal(again.unchanged, rules.ruleSet.rules.length);
      // The same version with another text is refused: a change needs a new version.
      const edited = { ...rules.ruleSet, rules: rules.ruleSet.rules.map((r, i) => (i === 0 ? { ...r, message: `${r.message}（改）` } : r)) };
      assert.deepEqual((await loadRuleSet(k, edited)).conflicts, [`${rules.ruleSet.rules[0]!.ruleId}@${rules.ruleSet.rules[0]!.version}`]);

      const run = await runRulesForMonth(k, { federation: '13', month: MONTH, pageSize: 300 });
      assert.ok(run.rules >= 300 && run.findings > 0, JSON.stringify(run));
      const obs = await observedFindings(k, '13', MONTH);
      const t = confusionTable(truth, obs.claims, obs.files, ['check']);
      // Every planted check error is found and no clean claim gets a rule finding (issue 4's measure, on a small month).
      for (const r of t.rows) assert.equal(r.found, r.planted, `${r.kind}: ${r.found} of ${r.planted}`);
      assert.ok(t.rows.length >= 8, t.rows.map((r) => r.kind).join(','));
      assert.equal(t.falseFindings, 0, JSON.stringify(t.falseFindingCodes));
      for (const p of checkPrecision(truth, obs.claims)) if (p.planted) assert.equal(p.precision, 1, `${p.kind}: precision ${p.correct}/${p.flagged}`);

      // 縦覧 read last month's claims: a 初診 is judged by the claim at the same provider in April.
      const tateran = await k.withFederation('13', (trx) => trx.selectFrom('rule_findings').select('trace').where('rule_id', '=', 'TAT-A000').execute());
      assert.ok(tateran.some((f) => JSON.stringify(f.trace).includes('前月に同じ医療機関のレセプトがあります')), `${tateran.length} TAT-A000 findings`);

      const count = async (rule?: string): Promise<number> => k.withFederation('13', async (trx) => {
        let q = trx.selectFrom('rule_findings').select((eb) => eb.fn.countAll().as('n'));
        if (rule) q = q.where('rule_id', '=', rule);
        return Number((await q.executeTakeFirstOrThrow()).n);
      });
      assert.equal(await count(), run.findings);
      const rerun = await runRulesForMonth(k, { federation: '13', month: MONTH });
      assert.equal(rerun.findings, run.findings);
      assert.equal(await count(), run.findings);

      const top = Object.entries(run.byRule).sort((a, b) => b[1] - a[1])[0]!;
      await k.withFederation('13', (trx) => saveAdoption(trx, { federation: '13', ruleId: top[0], state: 'disabled', from: '2025-01-01', to: undefined, override: {} }));
      const without = await runRulesForMonth(k, { federation: '13', month: MONTH });
      assert.equal(without.findings, run.findings - top[1]);
      assert.equal(await count(top[0]), 0);
    } finally {
      await k.close();
    }
  });
}
