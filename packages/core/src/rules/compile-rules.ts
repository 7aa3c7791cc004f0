/**
 * The rules in force for a federation and a service month, compiled into lookups by code: the cost
 * of checking a claim grows with its lines and the rules that name its codes, not with the size of
 * the catalogue.
 */
import { monthEnd, type YearMonth } from '../common/dates.ts';
import { CHECKS, type Check } from './checks/index.ts';
import type { RuleAdoption, RuleDefinition, RuleSet, RuleTableRow } from './rule-types.ts';

export interface CompiledEntry {
  rule: RuleDefinition;
  check: Check;
  rows: RuleTableRow[];
}

export interface CompiledRules {
  federation: string;
  month: YearMonth;
  /** The rules in force (one version each, the federation's overrides applied). */
  rules: RuleDefinition[];
  /** Claim-scope and 縦覧 rules by the code that triggers them. */
  byCode: Map<string, CompiledEntry[]>;
  /** The claim-scope rules that read 調剤 claims (their drugs: 用量, 投与日数). */
  pharmacyByCode: Map<string, CompiledEntry[]>;
  /** 横覧 and 突合 rules by code, run over a patient's claims of the month (group-rules.ts). */
  yokoranByCode: Map<string, CompiledEntry[]>;
  totsugoByCode: Map<string, CompiledEntry[]>;
  /** 突合 rules that look at every pharmacy claim (prescription-link). */
  prescriptionLinks: RuleDefinition[];
  /** How many months before the service month the 縦覧 rules read (0: none). */
  historyMonths: number;
}

/** Months of history a 縦覧 rule's rows need: a `months:N` window reaches N − 1 months back; 初診 reads last month. */
function historyOf(entries: Iterable<CompiledEntry[]>): number {
  let n = 0;
  for (const list of entries) for (const e of list) {
    if (e.rule.scope !== 'tateran') continue;
    if (e.rule.kind === 'first-visit') n = Math.max(n, 1);
    for (const r of e.rows) if (r.values['unit']?.startsWith('months:')) n = Math.max(n, Number(r.values['unit'].slice(7)) - 1);
  }
  return n;
}

const overlaps = (from: string, to: string | undefined, start: string, end: string): boolean => from <= end && (to === undefined || to >= start);

/** Which adoption row decides a rule for the month (the latest starting one that overlaps it). */
function adoptionFor(list: readonly RuleAdoption[], start: string, end: string): RuleAdoption | undefined {
  return list.filter((a) => overlaps(a.from, a.to, start, end)).sort((a, b) => b.from.localeCompare(a.from))[0];
}

/**
 * National rules with status `active` apply unless the federation disables them for the period;
 * a `draft` rule applies only where a federation adopts it (a pilot). Of a rule's versions the one
 * in force latest in the month wins.
 */
export function activeRules(set: RuleSet, federation: string, month: YearMonth): RuleDefinition[] {
  const start = `${month}-01`, end = monthEnd(month);
  const adoptions = new Map<string, RuleAdoption[]>();
  for (const a of set.adoptions) if (a.federation === federation) adoptions.set(a.ruleId, [...(adoptions.get(a.ruleId) ?? []), a]);
  const chosen = new Map<string, RuleDefinition>();
  for (const r of set.rules) {
    if (r.status === 'retired' || !overlaps(r.effectiveFrom, r.effectiveTo, start, end)) continue;
    const was = chosen.get(r.ruleId);
    if (!was || r.effectiveFrom > was.effectiveFrom || (r.effectiveFrom === was.effectiveFrom && r.version > was.version)) chosen.set(r.ruleId, r);
  }
  const out: RuleDefinition[] = [];
  for (const r of chosen.values()) {
    const a = adoptionFor(adoptions.get(r.ruleId) ?? [], start, end);
    if (a?.state === 'disabled') continue;
    if (r.status === 'draft' && !a) continue;
    out.push(a?.state === 'override' ? { ...r, ...a.override } : r);
  }
  return out.sort((a, b) => a.ruleId.localeCompare(b.ruleId));
}

export function compileRules(set: RuleSet, federation: string, month: YearMonth): CompiledRules {
  const rules = activeRules(set, federation, month);
  const byId = new Map(rules.map((r) => [r.ruleId, r]));
  const byCode = new Map<string, CompiledEntry[]>();
  const pharmacyByCode = new Map<string, CompiledEntry[]>();
  const yokoranByCode = new Map<string, CompiledEntry[]>();
  const totsugoByCode = new Map<string, CompiledEntry[]>();
  for (const [kind, rows] of set.tables) {
    const check = CHECKS[kind];
    if (!check) continue;
    // rows of one rule with one key make one entry
    const entries = new Map<string, CompiledEntry>();
    for (const row of rows) {
      const rule = byId.get(row.ruleId);
      if (!rule) continue;
      const key = row.values[check.key];
      if (!key) continue;
      const id = `${rule.ruleId}\u0000${key}`;
      const e = entries.get(id);
      if (e) e.rows.push(row);
      else {
        const entry: CompiledEntry = { rule, check, rows: [row] };
        entries.set(id, entry);
        const targets = rule.scope === 'yokoran' ? [yokoranByCode] : rule.scope === 'totsugo' ? [totsugoByCode] : check.pharmacy ? [byCode, pharmacyByCode] : [byCode];
        for (const target of targets) {
          const list = target.get(key);
          if (list) list.push(entry);
          else target.set(key, [entry]);
        }
      }
    }
  }
  return { federation, month, rules, byCode, pharmacyByCode, yokoranByCode, totsugoByCode, prescriptionLinks: rules.filter((r) => r.kind === 'prescription-link'), historyMonths: historyOf(byCode.values()) };
}
