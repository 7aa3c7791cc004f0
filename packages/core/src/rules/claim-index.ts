/** Per-claim lookups the checks share, built once per claim: lines by code, codes by day. */
import type { RuleClaim, RuleLine } from './rule-claim.ts';

export interface ClaimIndex {
  claim: RuleClaim;
  byCode: Map<string, RuleLine[]>;
  /** Total count of a code in the claim, and per day (index 0 = day 1). */
  total(code: string): number;
  onDay(code: string, day: number): number;
  diagnosisCodes: Set<string>;
}

export function indexClaim(claim: RuleClaim): ClaimIndex {
  const byCode = new Map<string, RuleLine[]>();
  for (const l of claim.lines) {
    const list = byCode.get(l.code);
    if (list) list.push(l);
    else byCode.set(l.code, [l]);
  }
  return {
    claim,
    byCode,
    total: (code) => (byCode.get(code) ?? []).reduce((n, l) => n + l.count, 0),
    onDay: (code, day) => (byCode.get(code) ?? []).reduce((n, l) => n + (l.days[day - 1] ?? 0), 0),
    diagnosisCodes: new Set(claim.diagnoses.map((d) => d.code)),
  };
}
