/**
 * 傷病名関連: an item that needs a diagnosis of a class (B 特定疾患等対象区分 項番21: 03/04 皮膚科, 05 特定疾患,
 * 07 てんかん, 08 = 05 and 07; 難病外来対象区分 項番43: 09) or a given diagnosis, billed without one.
 */
import type { DiagnosisEntry } from '../../masters/master-types.ts';
import { billedRows, nameOf, type Check, type RowHit } from './check-types.ts';

const CLASS_NAMES: Record<string, string> = { '03': '皮膚科特定疾患（Ⅰ）', '04': '皮膚科特定疾患（Ⅱ）', '05': '特定疾患', '07': 'てんかん', '09': '難病外来指導管理料の対象疾患' };

export function diagnosisInClass(d: DiagnosisEntry, dxClass: string): boolean {
  if (dxClass === '09') return d.intractableOutpatientClass === '09';
  return d.specificDiseaseClass === dxClass || (d.specificDiseaseClass === '08' && (dxClass === '05' || dxClass === '07'));
}

export const requiredDxCheck: Check = {
  key: 'code',
  evaluate(ix, rows, ctx) {
    const out: RowHit[] = [];
    const masters = ctx.masters;
    if (!masters) return out;
    for (const { row, code, lines } of billedRows(ix, rows)) {
      const dxClass = row.values['dx_class'] ?? '';
      const dxCode = row.values['dx_code'] ?? '';
      const found = ix.claim.diagnoses.find((d) => (dxCode && d.code === dxCode) || (dxClass && (() => {
        const e = masters.diagnosis(d.code);
        return e !== undefined && diagnosisInClass(e, dxClass);
      })()));
      if (found) continue;
      const name = nameOf(ctx, code, row);
      const wanted = dxCode ? `傷病名 ${masters.diagnosis(dxCode)?.name ?? dxCode}` : `${CLASS_NAMES[dxClass] ?? dxClass}の傷病名`;
      out.push({ row, hit: { line: lines[0]!.line, record: lines[0]!.record, code, linesRead: [lines[0]!.line, ...ix.claim.diagnoses.map((d) => d.line)], vars: { name, dx_class: CLASS_NAMES[dxClass] ?? dxClass, dx: wanted }, trace: [
        `${name}（${code}）には${wanted}が必要（表 ${row.origin.file}:${row.origin.line}）`,
        `レセプトの傷病名 ${ix.claim.diagnoses.map((d) => `${masters.diagnosis(d.code)?.name ?? d.code}（${d.code}）`).join('、') || 'なし'} に該当するものがありません`,
      ] } });
    }
    return out;
  },
};
