/**
 * The repository's rule catalogue (rules/): it reads without error, holds at least 300 rules in
 * force, and every rule passes its own examples (each must fire on one claim and stay silent on
 * another) against the official masters of 2024-07 (../shared/data/masters/base).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadMasters } from '@kokuho/synth';
import { activeRules, readRuleFiles, runRuleTests, type RuleFile } from './index.ts';

const RULES = join(import.meta.dirname, '..', '..', '..', '..', 'rules');
const MASTERS = join(import.meta.dirname, '..', '..', '..', '..', '..', 'shared', 'data', 'masters', 'base');

function files(dir: string, out: RuleFile[] = []): RuleFile[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (name.endsWith('.csv')) out.push({ path: relative(RULES, p), text: readFileSync(p, 'utf8') });
  }
  return out;
}

describe('rule catalogue of the repository', () => {
  const { ruleSet, errors } = readRuleFiles(files(RULES));

  it('reads without errors and has ≥ 300 rules in force for 2024-07', () => {
    assert.deepEqual(errors.map((e) => `${e.file}:${e.line} ${e.code} ${e.message}`), []);
    assert.ok(activeRules(ruleSet, '13', '2024-07').length >= 300, `${activeRules(ruleSet, '13', '2024-07').length} rules`);
  });

  it('every rule has a case that must fire and one that must pass', () => {
    const missing = ruleSet.rules.filter((r) => !['fire', 'pass'].every((e) => ruleSet.tests.some((t) => t.ruleId === r.ruleId && t.expect === e)));
    assert.deepEqual(missing.map((r) => r.ruleId), []);
  });

  it('every rule passes its own cases on the 2024-07 masters', () => {
    const masters = loadMasters(MASTERS).snapshot('2024-07');
    const results = runRuleTests(ruleSet, () => masters);
    const failed = results.filter((r) => !r.passed).map((r) => `${r.test.ruleId} ${r.test.name} (${r.test.origin.file}:${r.test.origin.line}): ${r.problem}`);
    assert.deepEqual(failed, []);
    assert.equal(results.length, ruleSet.tests.length);
    // A finding explains itself: rule, version, row, lines read and a trace.
    const fired = results.find((r) => r.test.expect === 'fire')!.findings[0]!;
    assert.ok(fired.version >= 1 && fired.row.file && fired.row.line > 1 && fired.linesRead.length > 0 && fired.trace.length > 0);
  });
});
