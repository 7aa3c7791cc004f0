/** 用量: an oral drug's daily amount above the package insert's maximum (使用量 of a 内服 line is the daily amount). */
import { billedRows, nameOf, type Check, type RowHit } from './check-types.ts';

export const doseCheck: Check = {
  key: 'drug',
  pharmacy: true,
  evaluate(ix, rows, ctx) {
    const out: RowHit[] = [];
    for (const { row, code: drug, lines } of billedRows(ix, rows, 'drug')) {
      const max = Number(row.values['max_daily']);
      const over = lines.find((l) => l.category === '21' && l.amount !== undefined && l.amount > max);
      if (!over || !Number.isFinite(max)) continue;
      const name = nameOf(ctx, drug, row);
      const unit = row.values['unit'] ?? '';
      out.push({ row, hit: { line: over.line, record: over.record, code: drug, linesRead: [over.line], vars: { name, amount: over.amount!, max, unit }, trace: [
        `${name}（${drug}）の1日最大量は${max}${unit}（表 ${row.origin.file}:${row.origin.line}）`,
        `行 ${over.line} の1日量は${over.amount}${unit}です`,
      ] } });
    }
    return out;
  },
};
