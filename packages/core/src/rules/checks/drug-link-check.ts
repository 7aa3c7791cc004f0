/** 医薬品関連 (S 項番29): an add-on that needs a drug of a class (麻薬等, 神経破壊剤, 生物学的製剤) billed on a day without one. */
import type { DrugEntry } from '../../masters/master-types.ts';
import { billedDays } from '../rule-claim.ts';
import { billedRows, daysText, nameOf, type Check, type RowHit } from './check-types.ts';

const CLASSES: Record<string, { label: string; test: (d: DrugEntry) => boolean }> = {
  narcotic: { label: '麻薬・毒薬・覚醒剤原料・向精神薬', test: (d) => d.narcoticClass !== 0 },
  neurolytic: { label: '神経破壊剤', test: (d) => d.neurolytic },
  biological: { label: '生物学的製剤', test: (d) => d.biological },
};

export const drugLinkCheck: Check = {
  key: 'code',
  evaluate(ix, rows, ctx) {
    const out: RowHit[] = [];
    const masters = ctx.masters;
    if (!masters) return out;
    for (const { row, code, lines } of billedRows(ix, rows)) {
      const cls = CLASSES[row.values['drug_class']!];
      if (!cls) continue;
      const drugs = ix.claim.lines.filter((l) => l.record === 'IY' && (() => {
        const d = masters.drug(l.code);
        return d !== undefined && cls.test(d);
      })());
      const days = [...new Set(lines.flatMap(billedDays))].sort((a, b) => a - b);
      const missing = days.filter((d) => !drugs.some((l) => (l.days[d - 1] ?? 0) > 0));
      if (!missing.length) continue;
      const name = nameOf(ctx, code, row);
      out.push({ row, hit: { line: lines[0]!.line, record: lines[0]!.record, code, linesRead: [lines[0]!.line, ...drugs.map((l) => l.line)], vars: { name, drug_class: cls.label, days: daysText(missing) }, trace: [
        `${name}（${code}）は${cls.label}の使用が要件（表 ${row.origin.file}:${row.origin.line}）`,
        `${daysText(missing)}に該当する医薬品の算定がありません${drugs.length ? `（他の日に ${drugs.map((l) => l.code).join('、')}）` : ''}`,
      ] } });
    }
    return out;
  },
};
