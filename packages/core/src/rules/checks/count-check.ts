/** 算定回数: a code billed more often than its limit in a claim (unit `month`, レセプト単位) or on one day (unit `day`). */
import { billedDays } from '../rule-claim.ts';
import { billedRows, daysText, nameOf, type Check, type RowHit } from './check-types.ts';

export const countCheck: Check = {
  key: 'code',
  evaluate(ix, rows, ctx) {
    const out: RowHit[] = [];
    for (const { row, code, lines } of billedRows(ix, rows)) {
      const max = Number(row.values['max']);
      if (!Number.isFinite(max)) continue;
      const name = nameOf(ctx, code, row);
      const read = lines.map((l) => l.line);
      if (row.values['unit'] === 'day') {
        const over = [...new Set(lines.flatMap(billedDays))].sort((a, b) => a - b).filter((d) => ix.onDay(code, d) > max);
        if (!over.length) continue;
        const worst = Math.max(...over.map((d) => ix.onDay(code, d)));
        out.push({ row, hit: { line: lines[0]!.line, record: lines[0]!.record, code, linesRead: read, vars: { name, count: worst, unit: '1日につき', days: daysText(over) }, trace: [
          `${name}（${code}）の上限は1日${max}回（表 ${row.origin.file}:${row.origin.line}）`,
          `${daysText(over)}に${worst}回算定されています`,
        ] } });
      } else {
        const total = ix.total(code);
        if (total <= max) continue;
        out.push({ row, hit: { line: lines[0]!.line, record: lines[0]!.record, code, linesRead: read, vars: { name, count: total, unit: 'レセプト1件につき' }, trace: [
          `${name}（${code}）の上限はレセプト1件につき${max}回（表 ${row.origin.file}:${row.origin.line}）`,
          `行 ${read.join('・')} の回数の合計は${total}回です`,
        ] } });
      }
    }
    return out;
  },
};
