/** 性別: an item for one sex billed for the other (UKE 別表6: 1 男, 2 女). */
import { billedRows, nameOf, type Check, type RowHit } from './check-types.ts';

const SEX = { '1': '男性', '2': '女性' } as Record<string, string>;

export const sexCheck: Check = {
  key: 'code',
  evaluate(ix, rows, ctx) {
    const out: RowHit[] = [];
    const sex = ix.claim.sex;
    if (!SEX[sex]) return out;
    for (const { row, code, lines } of billedRows(ix, rows)) {
      if (row.values['sex'] === sex) continue;
      const name = nameOf(ctx, code, row);
      out.push({ row, hit: { line: lines[0]!.line, record: lines[0]!.record, code, linesRead: [ix.claim.reLine, lines[0]!.line], vars: { name, sex: SEX[row.values['sex']!] ?? row.values['sex']!, patient_sex: SEX[sex]! }, trace: [
        `${name}（${code}）は${SEX[row.values['sex']!] ?? row.values['sex']}のみが対象（表 ${row.origin.file}:${row.origin.line}）`,
        `患者は${SEX[sex]}（RE 行 ${ix.claim.reLine}）`,
      ] } });
    }
    return out;
  },
};
