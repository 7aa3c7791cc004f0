/**
 * Runs the rules' own examples: each case is checked with its rule alone (whatever its status or
 * adoption), so that a case says something about that rule and nothing else.
 */
import type { YearMonth } from '../common/dates.ts';
import type { MasterSnapshot } from '../masters/master-types.ts';
import { compileRules } from './compile-rules.ts';
import { evaluateRules } from './evaluate-rules.ts';
import { evaluatePatientMonth } from './group-rules.ts';
import type { RuleFinding } from './rule-finding.ts';
import { claimsFromNotation } from './rule-test-notation.ts';
import type { RuleDefinition, RuleKind, RuleSet, RuleTableRow, RuleTestCase } from './rule-types.ts';

export interface RuleTestResult {
  test: RuleTestCase;
  passed: boolean;
  /** Findings of the rule under test. */
  findings: RuleFinding[];
  /** Why the case failed (or could not run). */
  problem: string | undefined;
}

/** Findings of every claim of a notation case, under the given rules. */
export function findingsOfCase(set: RuleSet, claimText: string, masters: (month: YearMonth) => MasterSnapshot | undefined): { findings: RuleFinding[][] } | { error: string } {
  const parsed = claimsFromNotation(claimText);
  if (!parsed.ok) return { error: parsed.errors.join('、') };
  const { claims, month, history } = parsed.value;
  const compiled = compileRules(set, '', month);
  const ctx = { masters: masters(month), history: () => history };
  const own = claims.map((c) => evaluateRules(c, compiled, ctx));
  const group = evaluatePatientMonth(claims, compiled, ctx);
  return { findings: own.map((f, i) => [...f, ...group[i]!]) };
}

export function runRuleTests(set: RuleSet, masters: (month: YearMonth) => MasterSnapshot | undefined, only?: (t: RuleTestCase) => boolean): RuleTestResult[] {
  const rowsOf = new Map<string, { kind: RuleKind; rows: RuleTableRow[] }>();
  for (const [kind, rows] of set.tables) {
    for (const r of rows) {
      const e = rowsOf.get(r.ruleId) ?? rowsOf.set(r.ruleId, { kind, rows: [] }).get(r.ruleId)!;
      e.rows.push(r);
    }
  }
  const latest = new Map<string, RuleDefinition>();
  for (const r of set.rules) if ((latest.get(r.ruleId)?.version ?? 0) < r.version) latest.set(r.ruleId, r);
  const results: RuleTestResult[] = [];
  for (const test of set.tests) {
    if (only && !only(test)) continue;
    const rule = latest.get(test.ruleId);
    if (!rule) continue;
    const t = rowsOf.get(rule.ruleId);
    const alone: RuleSet = {
      rules: [{ ...rule, status: 'active', effectiveFrom: '0001-01-01', effectiveTo: undefined }],
      tables: new Map(t ? [[t.kind, t.rows]] : []),
      tests: [],
      adoptions: [],
    };
    const out = findingsOfCase(alone, test.claim, masters);
    if ('error' in out) {
      results.push({ test, passed: false, findings: [], problem: `記法エラー: ${out.error}` });
      continue;
    }
    const findings = out.findings.flat().filter((f) => f.ruleId === rule.ruleId);
    const fired = findings.length > 0;
    const passed = fired === (test.expect === 'fire');
    results.push({ test, passed, findings, problem: passed ? undefined : test.expect === 'fire' ? '指摘されるべき事例で指摘なし' : `指摘されないべき事例で指摘: ${findings.map((f) => f.message).join(' / ')}` });
  }
  return results;
}
