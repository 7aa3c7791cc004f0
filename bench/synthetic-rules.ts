/**
 * Extra rules for the benchmark: a catalogue grown to N rules with made-up rules (count, age and
 * same-day exclusions) on codes drawn from the whole masters, as a real catalogue grows — each new
 * rule about a few codes. Deterministic (a linear congruential sequence), marked `synthetic`.
 */
import type { RuleDefinition, RuleKind, RuleSet, RuleTableRow } from '@kokuho/core/rules';

export function withSyntheticRules(base: RuleSet, total: number, codes: readonly string[]): RuleSet {
  const rules = [...base.rules];
  const tables = new Map<RuleKind, RuleTableRow[]>([...base.tables].map(([k, v]) => [k, [...v]]));
  let x = 12345;
  const next = (): number => (x = (x * 1103515245 + 12345) % 2147483648);
  const pick = (): string => codes[next() % codes.length]!;
  const kinds: RuleKind[] = ['count', 'age', 'exclusive'];
  let active = rules.filter((r) => r.status === 'active').length;
  for (let i = 0; active < total; i++, active++) {
    const kind = kinds[i % kinds.length]!;
    const ruleId = `SYN-${String(i).padStart(5, '0')}`;
    const def: RuleDefinition = {
      ruleId, version: 1, title: `合成ルール ${i}`, lamp: 'S', kind, scope: 'claim', severity: 'warning', action: 'chui', reasonCode: '',
      message: '{name}（合成ルール）', source: 'benchmark', dataSource: 'synthetic', effectiveFrom: '2024-06-01', effectiveTo: undefined,
      status: 'active', origin: { file: 'synthetic', line: i + 2 },
    };
    rules.push(def);
    const rows: RuleTableRow[] = [];
    for (let r = 0; r < 3; r++) {
      const code = pick();
      const values: Record<string, string> =
        kind === 'count' ? { code, max: '5', unit: 'month' }
          : kind === 'age' ? { code, min_age: '00', max_age: '99' }
            : { code, other: pick(), window: 'day' };
      rows.push({ ruleId, values, origin: { file: 'synthetic', line: i * 3 + r + 2 } });
    }
    tables.get(kind)!.push(...rows);
  }
  return { rules, tables, tests: base.tests, adoptions: base.adoptions };
}

/** The first `n` rules of a catalogue (by id) with their rows: "a catalogue of n rules". */
export function firstRules(base: RuleSet, n: number): RuleSet {
  const keep = new Set(base.rules.filter((r) => r.status === 'active').map((r) => r.ruleId).sort().slice(0, n));
  return {
    rules: base.rules.filter((r) => keep.has(r.ruleId)),
    tables: new Map<RuleKind, RuleTableRow[]>([...base.tables].map(([k, v]) => [k, v.filter((row) => keep.has(row.ruleId))])),
    tests: [],
    adoptions: [],
  };
}
