/** Runs the compiled rules on one claim: every distinct code of the claim looks up the rules that name it. */
import { indexClaim, type ClaimIndex } from './claim-index.ts';
import type { RuleContext } from './checks/index.ts';
import type { CompiledEntry, CompiledRules } from './compile-rules.ts';
import type { RuleClaim } from './rule-claim.ts';
import { findingOf, type RuleFinding } from './rule-finding.ts';

export function runEntries(ix: ClaimIndex, index: Map<string, CompiledEntry[]>, ctx: RuleContext, out: RuleFinding[]): void {
  for (const code of ix.byCode.keys()) {
    const entries = index.get(code);
    if (!entries) continue;
    for (const e of entries) for (const { row, hit } of e.check.evaluate(ix, e.rows, ctx)) out.push(findingOf(e.rule, row, hit));
  }
}

/**
 * Findings of the claim-scope and 縦覧 rules, in line order. A pharmacy claim has no diagnoses of its
 * own: only the checks of its drugs alone (用量, 投与日数) run on it here; the rest is judged against
 * the prescriber's claim by the 突合 rules (group-rules.ts).
 */
export function evaluateRules(claim: RuleClaim, rules: CompiledRules, ctx: RuleContext): RuleFinding[] {
  const out: RuleFinding[] = [];
  runEntries(indexClaim(claim), claim.kind === 'pharmacy' ? rules.pharmacyByCode : rules.byCode, ctx, out);
  return out.sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId));
}
