/** 適応: a drug billed without any of the diagnoses listed for it (one table row per drug × diagnosis; the rows of a drug are alternatives). */
import { nameOf, type Check, type RowHit } from './check-types.ts';

export const indicationCheck: Check = {
  key: 'drug',
  evaluate(ix, rows, ctx) {
    const byDrug = new Map<string, typeof rows[number][]>();
    for (const r of rows) byDrug.set(r.values['drug']!, [...(byDrug.get(r.values['drug']!) ?? []), r]);
    const out: RowHit[] = [];
    for (const [drug, alternatives] of byDrug) {
      const lines = ix.byCode.get(drug);
      if (!lines) continue;
      if (alternatives.some((r) => ix.diagnosisCodes.has(r.values['dx_code']!))) continue;
      const row = alternatives[0]!;
      const name = nameOf(ctx, drug, row);
      const wanted = alternatives.map((r) => `${r.values['dx_name'] || ctx.masters?.diagnosis(r.values['dx_code']!)?.name || ''}（${r.values['dx_code']}）`).join('、');
      out.push({ row, hit: { line: lines[0]!.line, record: lines[0]!.record, code: drug, linesRead: [lines[0]!.line, ...ix.claim.diagnoses.map((d) => d.line)], vars: { name, dx: wanted }, trace: [
        `${name}（${drug}）の適応傷病名: ${wanted}（表 ${row.origin.file}:${alternatives.map((r) => r.origin.line).join('・')}）`,
        `傷病名 ${[...ix.diagnosisCodes].join('、') || 'なし'} に適応がありません`,
      ] } });
    }
    return out;
  },
};
