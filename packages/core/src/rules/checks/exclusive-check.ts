/** 併算定不可: `code` billed with `other` on the same day (`day`) or in the same claim (`month`); the finding is on `code`. */
import { billedDays } from '../rule-claim.ts';
import type { ClaimIndex } from '../claim-index.ts';
import { daysText, nameOf, type Check, type RowHit } from './check-types.ts';

/** Where `code` and `other` are both billed in the window: the days (or 同一月), or undefined. */
export function billedTogether(ix: ClaimIndex, code: string, other: string, window: string): string | undefined {
  const lines = ix.byCode.get(code);
  if (!lines || !ix.byCode.has(other)) return undefined;
  if (window !== 'day') return '同一月';
  const days = [...new Set(lines.flatMap(billedDays))].filter((d) => ix.onDay(other, d) > 0).sort((a, b) => a - b);
  return days.length ? daysText(days) : undefined;
}

export const exclusiveCheck: Check = {
  // Indexed by the other item: one 外来管理加算 has thousands of items it excludes, each item few.
  key: 'other',
  evaluate(ix, rows, ctx) {
    const out: RowHit[] = [];
    for (const row of rows) {
      const code = row.values['code']!;
      const other = row.values['other']!;
      const when = billedTogether(ix, code, other, row.values['window']!);
      if (!when) continue;
      const lines = ix.byCode.get(code)!, others = ix.byCode.get(other)!;
      const name = nameOf(ctx, code, row);
      const otherName = row.values['other_name'] || nameOf(ctx, other);
      out.push({ row, hit: { line: lines[0]!.line, record: lines[0]!.record, code, linesRead: [...lines, ...others].map((l) => l.line), vars: { name, other, other_name: otherName, days: when }, trace: [
        `${name}（${code}）は${otherName}（${other}）と${row.values['window'] === 'day' ? '同日' : '同一月'}に算定できない（表 ${row.origin.file}:${row.origin.line}）`,
        `${when}に両方が算定されています（行 ${lines[0]!.line}・${others[0]!.line}）`,
      ] } });
    }
    return out;
  },
};
