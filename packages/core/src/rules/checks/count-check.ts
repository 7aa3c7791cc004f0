/** 算定回数: a code billed more often than its limit in a claim (unit `month`, レセプト単位) or on one day (unit `day`). */
import { billedDays } from '../rule-claim.ts';
import { addMonths } from '../../common/dates.ts';
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
      } else if (row.values['unit']!.startsWith('months:')) {
        // 縦覧: the months window ends with this month; earlier claims at the provider count too
        const months = Number(row.values['unit']!.slice(7));
        const from = addMonths(ix.claim.serviceMonth, 1 - months);
        const earlier = (ctx.history?.(ix.claim) ?? []).filter((c) => c.serviceMonth >= from && c.serviceMonth < ix.claim.serviceMonth);
        const before = earlier.flatMap((c) => c.lines.filter((l) => l.code === code).map((l) => ({ month: c.serviceMonth, count: l.count })));
        const total = ix.total(code) + before.reduce((n, b) => n + b.count, 0);
        if (total <= max) continue;
        const name = nameOf(ctx, code, row);
        out.push({ row, hit: { line: lines[0]!.line, record: lines[0]!.record, code, linesRead: read, vars: { name, count: total, unit: `${months}月に` }, trace: [
          `${name}（${code}）の上限は${months}月に${max}回（表 ${row.origin.file}:${row.origin.line}）`,
          `${before.map((b) => `${b.month} ${b.count}回`).join('、')}、${ix.claim.serviceMonth} ${ix.total(code)}回（同じ医療機関）で計${total}回です`,
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
