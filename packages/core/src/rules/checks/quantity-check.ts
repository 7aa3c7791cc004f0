/** きざみ (S 項番30–35): 数量データ below the lower limit or above the upper one. */
import { billedRows, nameOf, type Check, type RowHit } from './check-types.ts';

export const quantityCheck: Check = {
  key: 'code',
  evaluate(ix, rows, ctx) {
    const out: RowHit[] = [];
    for (const { row, code, lines } of billedRows(ix, rows)) {
      const lower = Number(row.values['lower']);
      const upper = row.values['upper'] ? Number(row.values['upper']) : Infinity;
      for (const l of lines) {
        if (l.quantity === undefined || (l.quantity >= lower && l.quantity <= upper)) continue;
        const name = nameOf(ctx, code, row);
        out.push({ row, hit: { line: l.line, record: l.record, code, linesRead: [l.line], vars: { name, quantity: l.quantity, lower, upper: Number.isFinite(upper) ? upper : '' }, trace: [
          `${name}（${code}）の数量は${lower}${Number.isFinite(upper) ? `〜${upper}` : '以上'}（表 ${row.origin.file}:${row.origin.line}）`,
          `行 ${l.line} の数量データは${l.quantity}です`,
        ] } });
        break;
      }
    }
    return out;
  },
};
