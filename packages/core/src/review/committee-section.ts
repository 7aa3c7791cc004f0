/**
 * 審査委員会の部会: a claim that goes to the review committee is read by the section of its specialty.
 * Claims rarely state a 診療科 (RE 診療科 is optional, and absent for most clinics), so the section
 * comes from the kind of claim and the ICD-10 code of the main diagnosis (主傷病, else the first),
 * by the first matching row of review/committee-sections.csv. Data, like the sorting table.
 */
import type { Result } from '../common/result.ts';
import { kindsOf, readTableCsv } from './table-csv.ts';

export interface SectionRow {
  order: number;
  section: string;
  label: string;
  kinds: string[];
  /** Inclusive range of 3-character ICD-10 categories; undefined = any. */
  icd10From: string | undefined;
  icd10To: string | undefined;
  line: number;
}

const HEAD = ['order', 'section', 'label', 'kinds', 'icd10_from', 'icd10_to'] as const;
const ICD_CATEGORY = /^[A-Z]\d\d$/;

export function readSectionTable(file: string, text: string): Result<SectionRow[], string> {
  const table = readTableCsv(file, text, HEAD);
  if (!table.ok) return table;
  const rows: SectionRow[] = [];
  const errors: string[] = [];
  for (const { line, get } of table.value) {
    const [from, to] = [get('icd10_from'), get('icd10_to')];
    for (const [name, value] of [['icd10_from', from], ['icd10_to', to]] as const) {
      if (value && !ICD_CATEGORY.test(value)) errors.push(`${file}:${line} [${name}] ICD-10 の3桁分類（例 F00）です: ${value}`);
    }
    if (Boolean(from) !== Boolean(to)) errors.push(`${file}:${line} [icd10_from, icd10_to] 両方を書くか、両方を空にします`);
    if (!get('section')) errors.push(`${file}:${line} [section] 部会の名前が必要です`);
    rows.push({
      order: Number(get('order')) || line, section: get('section'), label: get('label') || get('section'),
      kinds: kindsOf(get('kinds')), icd10From: from || undefined, icd10To: to || undefined, line,
    });
  }
  if (errors.length) return { ok: false, errors };
  if (!rows.some((r) => !r.kinds.length && !r.icd10From)) return { ok: false, errors: [`${file} 最後に残ったレセプトを受ける行（kinds * で ICD-10 の範囲なし）が必要です`] };
  return { ok: true, value: rows.sort((a, b) => a.order - b.order) };
}

/** The section of a claim; `icd10` is the main diagnosis's ICD-10 code (any length) or ''. */
export function sectionOf(table: readonly SectionRow[], kind: string, icd10: string): SectionRow {
  const category = icd10.slice(0, 3).toUpperCase();
  return table.find((r) => (!r.kinds.length || r.kinds.includes(kind))
    && (!r.icd10From || (ICD_CATEGORY.test(category) && category >= r.icd10From && category <= r.icd10To!))) ?? table[table.length - 1]!;
}
