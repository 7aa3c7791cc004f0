/**
 * 投与日数: an oral drug supplied for more days than its limit on a day the limit applies — for a
 * 新医薬品, from its 薬価基準収載 until one year after the 1st of the month that follows (掲示事項等告示 第10).
 */
import { addMonths } from '../../common/dates.ts';
import { billedDays } from '../rule-claim.ts';
import { billedRows, nameOf, type Check, type RowHit } from './check-types.ts';

/** Last day of the limit: one year from the 1st of the month after listing, less a day. */
export function limitEndsOn(listedOn: string): string {
  const start = addMonths(listedOn.slice(0, 7), 1);
  const end = addMonths(start, 12);
  const d = new Date(`${end}-01T00:00:00Z`);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

export const daysCheck: Check = {
  key: 'drug',
  pharmacy: true,
  evaluate(ix, rows, ctx) {
    const out: RowHit[] = [];
    for (const { row, code: drug, lines } of billedRows(ix, rows, 'drug')) {
      const max = Number(row.values['max_days']);
      const listed = row.values['listed_on']!;
      const until = limitEndsOn(listed);
      const over = lines.find((l) => {
        if (l.supplyDays === undefined || l.supplyDays <= max) return false;
        const day = billedDays(l)[0];
        const on = `${ix.claim.serviceMonth}-${String(day ?? 1).padStart(2, '0')}`;
        return on >= listed && on <= until;
      });
      if (!over) continue;
      const name = nameOf(ctx, drug, row);
      out.push({ row, hit: { line: over.line, record: over.record, code: drug, linesRead: [over.line], vars: { name, supply: over.supplyDays!, max, until }, trace: [
        `${name}（${drug}）は薬価収載 ${listed}、${until} まで1回${max}日分が限度（表 ${row.origin.file}:${row.origin.line}）`,
        `行 ${over.line} は${over.supplyDays}日分です`,
      ] } });
    }
    return out;
  },
};
