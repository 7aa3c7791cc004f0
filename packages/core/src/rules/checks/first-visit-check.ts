/**
 * 初診料の算定 (縦覧): a 初診 while the patient is under treatment at the provider — seen there last month
 * (from the store's history), or with every diagnosis of the claim begun before the month (継続中).
 */
import { addMonths } from '../../common/dates.ts';
import { billedRows, nameOf, type Check, type RowHit } from './check-types.ts';

export const firstVisitCheck: Check = {
  key: 'code',
  evaluate(ix, rows, ctx) {
    const out: RowHit[] = [];
    for (const { row, code, lines } of billedRows(ix, rows)) {
      const start = `${ix.claim.serviceMonth}-01`;
      const history = ctx.history?.(ix.claim);
      const lastMonth = addMonths(ix.claim.serviceMonth, -1);
      const seen = history?.some((c) => c.serviceMonth === lastMonth);
      const dated = ix.claim.diagnoses.filter((d) => d.startDate !== undefined);
      const continuing = dated.length > 0 && dated.every((d) => d.startDate! < start);
      if (!seen && !continuing) continue;
      const name = nameOf(ctx, code, row);
      const why = seen
        ? '前月に同じ医療機関のレセプトがあります（縦覧）'
        : `傷病名はすべて前月以前に診療開始（${dated.map((d) => `${d.code} ${d.startDate}`).join('、')}）`;
      out.push({ row, hit: { line: lines[0]!.line, record: lines[0]!.record, code, linesRead: [lines[0]!.line, ...dated.map((d) => d.line)], vars: { name, reason: why }, trace: [
        `${name}（${code}）は継続して診療中の患者には算定できない（表 ${row.origin.file}:${row.origin.line}）`,
        why,
      ] } });
    }
    return out;
  },
};
