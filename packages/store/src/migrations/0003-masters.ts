/**
 * The 基本マスター: national reference data, the same for every federation, so no federation_code
 * and no row-level security; the application role may only read them (imports use the owner).
 *  - master_imports: one row per imported file, with its sha256, so that importing the same file
 *    again is a no-op and a republished file (same name, new content) replaces its rows;
 *  - master_rows: every row as published (change rows partial), the input of the versioning, so
 *    that files may arrive in any order and the versions of the codes they touch are re-derived;
 *  - master_versions: per code, the merged row in force over [valid_from, valid_to), derived from
 *    master_rows by the core (versioning.ts). valid_from null = since before the first file held.
 * Columns are kept whole as text[]: the layouts are wide (医科診療行為 150 columns) and change
 * between revisions, and the typed entry is built from them in the core.
 */
import { sql, type Kysely } from 'kysely';
import { grantReadOnly } from './rls.ts';

const STATEMENTS = [
  `create table master_imports (
    file_name text primary key,
    sha256 char(64) not null,
    kind char(1) not null,
    file_date date not null,
    full_file boolean not null,
    row_count integer not null,
    error_count integer not null,
    imported_at timestamptz not null default now(),
    constraint master_imports_kind check (kind in ('S', 'Y', 'T', 'B', 'Z', 'C'))
  )`,
  `create index master_imports_sha256 on master_imports (sha256)`,
  `create table master_rows (
    file_name text not null references master_imports (file_name) on delete cascade,
    line integer not null,
    kind char(1) not null,
    code text not null,
    change_type char(1) not null,
    file_date date not null,
    full_file boolean not null,
    cols text[] not null,
    primary key (file_name, line)
  )`,
  `create index master_rows_code on master_rows (kind, code)`,
  `create table master_versions (
    kind char(1) not null,
    code text not null,
    valid_from date,
    valid_to date,
    name text not null,
    amount100 bigint,
    unit_code integer,
    changed_on date,
    abolished_on date,
    cols text[] not null,
    source_file text not null,
    source_line integer not null,
    constraint master_versions_period check (valid_to is null or valid_from is null or valid_to > valid_from)
  )`,
  `create index master_versions_code on master_versions (kind, code, valid_from)`,
  `create index master_versions_period on master_versions (valid_from, valid_to)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const s of STATEMENTS) await sql.raw(s).execute(db);
  for (const t of ['master_imports', 'master_rows', 'master_versions']) await grantReadOnly(db, t);
  await sql`comment on table master_versions is '基本マスター: versions in force per code, derived from master_rows'`.execute(db);
}
