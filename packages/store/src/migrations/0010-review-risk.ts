/**
 * The second stage of 振分 (issue 5): a claim the rules let through may still go to people when the
 * risk model ranks it high. `stage` says which stage put the claim in its queue (1 the sorting table,
 * 2 the risk ranking); `risk_score` is the score that sent it (0–1, for ranking), null otherwise.
 */
import { sql, type Kysely } from 'kysely';

const STATEMENTS = [
  `alter table review_items add column stage smallint not null default 1`,
  `alter table review_items add column risk_score real`,
  `alter table review_items add constraint review_items_stage check (stage in (1, 2) and (stage = 1 or risk_score is not null))`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const s of STATEMENTS) await sql.raw(s).execute(db);
}
