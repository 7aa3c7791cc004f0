/** 包括: an item whose cost is included in another's points, billed separately with it (same day, or the same claim). */
import { billedTogether } from './exclusive-check.ts';
import { nameOf, type Check, type RowHit } from './check-types.ts';

export const bundleCheck: Check = {
  // Indexed by the including item (e.g. 短期滞在手術等基本料3): rare on claims, and few rows each.
  key: 'bundle',
  evaluate(ix, rows, ctx) {
    const out: RowHit[] = [];
    for (const row of rows) {
      const code = row.values['code']!;
      const bundle = row.values['bundle']!;
      const when = billedTogether(ix, code, bundle, row.values['window']!);
      if (!when) continue;
      const lines = ix.byCode.get(code)!, bundles = ix.byCode.get(bundle)!;
      const name = nameOf(ctx, code, row);
      const bundleName = row.values['bundle_name'] || nameOf(ctx, bundle);
      out.push({ row, hit: { line: lines[0]!.line, record: lines[0]!.record, code, linesRead: [...lines, ...bundles].map((l) => l.line), vars: { name, bundle_name: bundleName, days: when }, trace: [
        `${name}（${code}）は${bundleName}（${bundle}）の所定点数に含まれる（表 ${row.origin.file}:${row.origin.line}）`,
        `${when}に別に算定されています（行 ${lines[0]!.line}・${bundles[0]!.line}）`,
      ] } });
    }
    return out;
  },
};
