/** 入外・施設の区分 (S 項番13, 19): an inpatient-only item on an outpatient claim, a hospital-only item from a clinic, and the converse. */
import { billedRows, nameOf, type Check, type RowHit } from './check-types.ts';
import type { RuleClaim } from '../rule-claim.ts';

const SCOPES: Record<string, { label: string; violated: (c: RuleClaim) => boolean | undefined; fact: (c: RuleClaim) => string }> = {
  'inpatient-only': { label: '入院', violated: (c) => !c.inpatient, fact: (c) => (c.inpatient ? '入院' : '入院外') },
  'outpatient-only': { label: '入院外', violated: (c) => c.inpatient, fact: (c) => (c.inpatient ? '入院' : '入院外') },
  'hospital-only': { label: '病院', violated: (c) => (c.providerKind === undefined ? undefined : c.providerKind === 'clinic'), fact: (c) => (c.providerKind === 'clinic' ? '診療所' : '病院') },
  'clinic-only': { label: '診療所', violated: (c) => (c.providerKind === undefined ? undefined : c.providerKind === 'hospital'), fact: (c) => (c.providerKind === 'clinic' ? '診療所' : '病院') },
};

export const scopeCheck: Check = {
  key: 'code',
  evaluate(ix, rows, ctx) {
    const out: RowHit[] = [];
    for (const { row, code, lines } of billedRows(ix, rows)) {
      const scope = SCOPES[row.values['scope']!];
      if (!scope || !scope.violated(ix.claim)) continue;
      const name = nameOf(ctx, code, row);
      out.push({ row, hit: { line: lines[0]!.line, record: lines[0]!.record, code, linesRead: [ix.claim.reLine, lines[0]!.line], vars: { name, scope: scope.label, actual: scope.fact(ix.claim) }, trace: [
        `${name}（${code}）は${scope.label}のみ算定できる（表 ${row.origin.file}:${row.origin.line}）`,
        `このレセプトは${scope.fact(ix.claim)}（RE 行 ${ix.claim.reLine}）`,
      ] } });
    }
    return out;
  },
};
