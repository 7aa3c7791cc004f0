/**
 * The ICD-10 code of each claim's main diagnosis (SY 主傷病 01, else the first SY), from the 傷病名
 * マスター in force in the service month: what the committee's 部会 is chosen by.
 */
import { sql, type Transaction } from 'kysely';
import { B_COL } from '@kokuho/core/masters';
import type { YearMonth } from '@kokuho/core/common';
import type { Schema } from '../schema.ts';

// SY,傷病名コード,診療開始日,転帰区分,修飾語コード,傷病名称,主傷病,補足コメント
const MAIN_SY = '\nSY,([0-9]{7}),[^,\n]*,[^,\n]*,[^,\n]*,[^,\n]*,01(,|\n|$)';
const FIRST_SY = '\nSY,([0-9]{7}),';

/** ICD-10 by `${file_id}|${seq}`; claims without a coded diagnosis are absent. */
export async function mainDiagnosisIcd10(trx: Transaction<Schema>, month: YearMonth, keys: readonly { fileId: number; seq: number }[]): Promise<Map<string, string>> {
  if (!keys.length) return new Map();
  const first = `${month}-01`;
  const rows = await sql<{ file_id: number; seq: number; icd10: string | null }>`
    select c.file_id, c.seq, (
      select b.cols[${B_COL.icd10 + 1}] from master_versions b
      where b.kind = 'B' and b.code = coalesce(substring(c.body from ${MAIN_SY}), substring(c.body from ${FIRST_SY}))
        and (b.valid_from is null or b.valid_from < (${first}::date + interval '1 month')) and (b.valid_to is null or b.valid_to > ${first}::date)
      order by b.valid_from desc nulls last limit 1) as icd10
    from claims c
    where (c.file_id, c.seq) in (select * from unnest(${keys.map((k) => k.fileId)}::bigint[], ${keys.map((k) => k.seq)}::int[]))`.execute(trx);
  const out = new Map<string, string>();
  for (const r of rows.rows) if (r.icd10) out.set(`${r.file_id}|${r.seq}`, r.icd10);
  return out;
}
