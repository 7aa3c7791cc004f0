/** 実日数 (S 項番27 = 1): a code counted more times than the claim's 診療実日数. */
import { billedRows, nameOf, type Check, type RowHit } from './check-types.ts';

export const actualDaysCheck: Check = {
  key: 'code',
  evaluate(ix, rows, ctx) {
    const out: RowHit[] = [];
    const actual = ix.claim.actualDays;
    if (actual === undefined) return out;
    for (const { row, code, lines } of billedRows(ix, rows)) {
      const total = ix.total(code);
      if (total <= actual) continue;
      const name = nameOf(ctx, code, row);
      out.push({ row, hit: { line: lines[0]!.line, record: lines[0]!.record, code, linesRead: [ix.claim.actualDaysLine, ...lines.map((l) => l.line)], vars: { name, count: total, actual }, trace: [
        `${name}（${code}）の回数は診療実日数以下（表 ${row.origin.file}:${row.origin.line}）`,
        `回数 ${total}、診療実日数 ${actual}（行 ${ix.claim.actualDaysLine}）`,
      ] } });
    }
    return out;
  },
};
