/** The shape every kind of check shares: given a claim's index and the table rows of one rule that its code triggered, the hits. */
import type { MasterSnapshot } from '../../masters/master-types.ts';
import type { ClaimIndex } from '../claim-index.ts';
import type { Hit } from '../rule-finding.ts';
import type { RuleClaim, RuleLine } from '../rule-claim.ts';
import type { RuleTableRow } from '../rule-types.ts';

/** What the checks may look up beyond the claim: the masters of its month, and the patient's history at the provider. */
export interface RuleContext {
  /** Masters of the claim's service month; checks that need them are not judged without. */
  masters: MasterSnapshot | undefined;
  /** 縦覧: the patient's claims at the same provider in the months before, as far back as the rules need (CompiledRules.historyMonths); undefined when the store cannot tell. */
  history?: (claim: RuleClaim) => readonly RuleClaim[] | undefined;
}

export type RowHit = { row: RuleTableRow; hit: Hit };

export interface Check {
  /** Column of the table that holds the code a claim line must carry for the check to run. */
  key: string;
  /** The check reads 調剤 claims too (their drugs); the others read 医科 claims only. */
  pharmacy?: boolean;
  evaluate(ix: ClaimIndex, rows: readonly RuleTableRow[], ctx: RuleContext): RowHit[];
}

export const nameOf = (ctx: RuleContext, code: string, row?: RuleTableRow): string =>
  row?.values['name'] || ctx.masters?.procedure(code)?.name || ctx.masters?.drug(code)?.name || ctx.masters?.device(code)?.name || code;

export const daysText = (days: readonly number[]): string => days.map((d) => `${d}日`).join('・');

/** The rows whose code (column `key`) the claim bills, each with that code's lines: where most checks start. */
export function* billedRows(ix: ClaimIndex, rows: readonly RuleTableRow[], key = 'code'): Generator<{ row: RuleTableRow; code: string; lines: readonly RuleLine[] }> {
  for (const row of rows) {
    const code = row.values[key]!;
    const lines = ix.byCode.get(code);
    if (lines) yield { row, code, lines };
  }
}
