/**
 * 全国決済 runs (issue 6): one row per run of the central association's monthly settlement of a
 * posting month — its figures (records, gross, what the central association takes in and pays out),
 * the 47 transfers and the non-zero cells of the matrix as JSON, the involved federations, each CSV
 * file's name and SHA-256, and the SHA-256 of all the files together. National, not a federation's:
 * no federation_code and no row-level security; the run writes it with the owner's handle, the
 * application role may only read it. Append-only: a rerun that finds the same digest adds nothing, a
 * rerun with other figures (more claims posted before the months closed) adds a row, the last one counts.
 */
import { sql, type Kysely } from 'kysely';
import { grantReadOnly } from './rls.ts';

const STATEMENTS = [
  `create table settlement_runs (
    run_id bigint generated always as identity primary key,
    posting_month char(7) not null,
    records bigint not null,
    gross bigint not null,
    central_receives bigint not null,
    central_pays_out bigint not null,
    transfers jsonb not null,
    cells jsonb not null,
    federations jsonb not null,
    files jsonb not null,
    digest char(64) not null,
    run_by text not null,
    run_at timestamptz not null default now()
  )`,
  `create index settlement_runs_month on settlement_runs (posting_month, run_id)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const s of STATEMENTS) await sql.raw(s).execute(db);
  await grantReadOnly(db, 'settlement_runs');
  await sql`comment on table settlement_runs is '全国決済: the central association''s monthly runs (national)'`.execute(db);
}
