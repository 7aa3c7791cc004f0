/**
 * 審査委員会の部会 (issue 5: the review committee by specialty): the section a claim is read by,
 * by its label (e.g. 内科部会), chosen by the sorting from the claim's kind and main diagnosis
 * (review/committee-sections.csv); null where the month was sorted without a section table.
 */
import { sql, type Kysely } from 'kysely';

const STATEMENTS = [
  `alter table review_items add column section text`,
  `create index review_items_section on review_items (federation_code, service_month, queue, section)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const s of STATEMENTS) await sql.raw(s).execute(db);
}
