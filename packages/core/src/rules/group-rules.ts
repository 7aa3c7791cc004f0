/**
 * Rules across a patient's claims of one month. 横覧: the claims of one provider read as one (an
 * inpatient and an outpatient claim share a monthly limit). 突合: a pharmacy claim read with the
 * claims of its prescriber (the drugs against the prescriber's diagnoses; no prescriber claim at all).
 */
import { indexClaim, type ClaimIndex } from './claim-index.ts';
import type { RuleContext } from './checks/index.ts';
import type { CompiledRules } from './compile-rules.ts';
import { runEntries } from './evaluate-rules.ts';
import type { RuleClaim, RuleLine } from './rule-claim.ts';
import { findingOf, type RuleFinding } from './rule-finding.ts';

/**
 * Findings per claim (same order as `claims`) for one patient's claims of a month. `returned[i]`
 * marks a claim sent back at intake: it is not judged and takes no part in 横覧 (it will not be
 * paid), but it still shows that the prescriber billed the patient (突合), with its diagnoses.
 */
export function evaluatePatientMonth(claims: readonly RuleClaim[], rules: CompiledRules, ctx: RuleContext, returned: readonly boolean[] = []): RuleFinding[][] {
  const out: RuleFinding[][] = claims.map(() => []);
  if (!rules.yokoranByCode.size && !rules.totsugoByCode.size && !rules.prescriptionLinks.length) return out;
  const owner = new Map<RuleLine, number>();
  claims.forEach((c, i) => c.lines.forEach((l) => owner.set(l, i)));
  const place = (found: RuleFinding[], members: number[], ix: ClaimIndex): void => {
    for (const f of found) {
      // the finding goes to the claim of the last line read among the group's lines (the one that tipped it)
      const lines = [...ix.byCode.get(f.code) ?? []];
      const at = owner.get(lines[lines.length - 1]!) ?? members[0]!;
      const related = members.filter((m) => m !== at).map((m) => claims[m]!.receiptNumber);
      // and points at that claim's own line of the code
      const own = lines.filter((l) => owner.get(l) === at)[0];
      out[at]!.push({ ...f, ...(own ? { line: own.line, record: own.record } : {}), ...(related.length ? { relatedReceipts: related } : {}) });
    }
  };

  // 横覧: medical claims of the same provider, two or more
  const byProvider = new Map<string, number[]>();
  claims.forEach((c, i) => {
    if (c.kind !== 'pharmacy' && !returned[i]) byProvider.set(c.providerCode, [...(byProvider.get(c.providerCode) ?? []), i]);
  });
  for (const members of byProvider.values()) {
    if (members.length < 2) continue;
    const first = claims[members[0]!]!;
    const merged: RuleClaim = {
      ...first,
      lines: members.flatMap((m) => claims[m]!.lines),
      diagnoses: members.flatMap((m) => claims[m]!.diagnoses),
      comments: members.flatMap((m) => claims[m]!.comments),
    };
    const ix = indexClaim(merged);
    const found: RuleFinding[] = [];
    runEntries(ix, rules.yokoranByCode, ctx, found);
    place(found, members, ix);
  }

  // 突合: each pharmacy claim with its prescriber's claims
  claims.forEach((c, i) => {
    if (c.kind !== 'pharmacy' || returned[i]) return;
    const prescriber = claims.map((p, k) => ({ p, k })).filter(({ p }) => p.kind !== 'pharmacy' && c.prescriberCode !== undefined && p.providerCode === c.prescriberCode);
    if (!prescriber.length) {
      for (const rule of rules.prescriptionLinks) {
        out[i]!.push(findingOf(rule, { ruleId: rule.ruleId, values: { claim_kind: 'pharmacy' }, origin: rule.origin }, {
          line: c.reLine, record: 'RE', code: c.prescriberCode ?? '', linesRead: [c.reLine], vars: { prescriber: c.prescriberCode ?? '（なし）' },
          trace: [`処方医療機関 ${c.prescriberCode ?? '（記録なし）'}（RE 行 ${c.reLine}）`, '同じ患者・同じ月の処方医療機関のレセプトがありません'],
        }));
      }
      return;
    }
    const withDx: RuleClaim = { ...c, diagnoses: prescriber.flatMap(({ p }) => p.diagnoses) };
    const found: RuleFinding[] = [];
    runEntries(indexClaim(withDx), rules.totsugoByCode, ctx, found);
    const related = prescriber.map(({ p }) => p.receiptNumber);
    for (const f of found) out[i]!.push({ ...f, relatedReceipts: related, trace: [...f.trace, `処方医療機関のレセプト ${related.join('、')} の傷病名で判定`] });
  });
  for (const list of out) list.sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId));
  return out;
}
