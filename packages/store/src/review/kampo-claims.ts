/**
 * The claims that meet the seed's condition for 漢方 特別審査 (seed 001, 特別審査の対象 ③): an 入院外
 * 医科 claim carrying a 漢方製剤, at a provider where more than half of the month's claims carry one.
 * The condition is about the provider's whole month, so it is computed once per month before the
 * claims are sorted one by one; the point threshold stays in the sorting table.
 */
import { sql, type Transaction } from 'kysely';
import { Y_COL } from '@kokuho/core/masters';
import type { YearMonth } from '@kokuho/core/common';
import type { Schema } from '../schema.ts';

/** 薬効分類 520 (漢方製剤) leads the 薬価基準収載医薬品コード. */
const KAMPO_CLASS = '520';

/** Keys `${file_id}|${seq}` of the month's claims that meet the condition. */
export async function kampoClaimsOfMonth(trx: Transaction<Schema>, month: YearMonth): Promise<Set<string>> {
  const first = `${month}-01`;
  const codes = await sql<{ code: string }>`
    select distinct code from master_versions
    where kind = 'Y' and cols[${Y_COL.yjCode + 1}] like ${`${KAMPO_CLASS}%`}
      and (valid_from is null or valid_from < (${first}::date + interval '1 month')) and (valid_to is null or valid_to > ${first}::date)`.execute(trx);
  if (!codes.rows.length) return new Set();
  // IY,診療識別,負担区分,医薬品コード: a 漢方製剤 anywhere in the claim
  const pattern = `(^|\n)IY,[^,\n]*,[^,\n]*,(${codes.rows.map((r) => r.code).join('|')}),`;
  const rows = await sql<{ file_id: number; seq: number }>`
    with k as (
      select file_id, seq, provider_code, kind, body ~ ${pattern} as kampo,
             -- レセプト種別 (RE, 3rd field): the last digit is odd for 入院, even for 入院外
             right(split_part(split_part(body, E'\n', 1), ',', 3), 1) in ('0', '2', '4', '6', '8') as outpatient
      from claims where service_month = ${month} and state = 'current' and outcome <> 'returned'
    ), clinics as (
      select provider_code from k group by provider_code having 2 * count(*) filter (where kampo) > count(*)
    )
    select file_id, seq from k join clinics using (provider_code) where kampo and outpatient and kind = 'medical'`.execute(trx);
  return new Set(rows.rows.map((r) => `${r.file_id}|${r.seq}`));
}
