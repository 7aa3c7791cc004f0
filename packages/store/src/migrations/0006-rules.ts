/**
 * Computer checks (issue 4): the national rule catalogue with its versions, each federation's
 * adoption of the rules, and what the rules found on the stored claims of a month.
 *  - rule_versions is national reference data like the masters (no federation, no RLS). A version
 *    is immutable: loading the same id and version with other content is refused, so a change in
 *    parameters or texts must carry a new version and the findings of earlier runs keep meaning.
 *  - rule_adoptions and rule_findings are tenant tables. An adoption row adopts, disables or
 *    overrides a rule for a period; the latest starting row that overlaps a month decides.
 *  - rule_findings of a claim are replaced as a whole each time the rules run on it (a rerun after
 *    a crash or a rule change neither loses nor doubles a finding); rule_runs records each run.
 */
import { sql, type Kysely } from 'kysely';
import { enableTenantIsolation, grantReadOnly } from './rls.ts';

const STATEMENTS = [
  `create table rule_versions (
    rule_id text not null,
    version integer not null,
    kind text not null,
    lamp char(1) not null,
    scope text not null,
    status text not null,
    effective_from date not null,
    effective_to date,
    definition jsonb not null,
    table_rows jsonb not null,
    tests jsonb not null,
    content_sha256 char(64) not null,
    loaded_at timestamptz not null default now(),
    primary key (rule_id, version),
    constraint rule_versions_lamp check (lamp in ('S', 'V')),
    constraint rule_versions_version check (version > 0)
  )`,
  `create table rule_adoptions (
    federation_code char(2) not null references federations (federation_code),
    rule_id text not null,
    valid_from date not null,
    valid_to date,
    state text not null,
    override jsonb not null default '{}',
    note text not null default '',
    decided_at timestamptz not null default now(),
    primary key (federation_code, rule_id, valid_from),
    constraint rule_adoptions_state check (state in ('adopted', 'disabled', 'override')),
    constraint rule_adoptions_period check (valid_to is null or valid_to >= valid_from)
  )`,
  `create table rule_runs (
    federation_code char(2) not null references federations (federation_code),
    run_id bigint generated always as identity,
    service_month char(7) not null,
    rules integer not null,
    claims integer not null default 0,
    findings integer not null default 0,
    status text not null,
    started_at timestamptz not null default now(),
    finished_at timestamptz,
    primary key (federation_code, run_id),
    constraint rule_runs_status check (status in ('running', 'done'))
  )`,
  `create table rule_findings (
    federation_code char(2) not null,
    file_id bigint not null,
    seq integer not null,
    n smallint not null,
    service_month char(7) not null,
    rule_id text not null,
    version integer not null,
    lamp char(1) not null,
    kind text not null,
    scope text not null,
    severity text not null,
    action text not null,
    reason_code text not null,
    line integer not null,
    record text not null,
    code text not null,
    message text not null,
    lines_read jsonb not null,
    table_row jsonb not null,
    trace jsonb not null,
    related_receipts jsonb,
    run_id bigint not null,
    primary key (federation_code, file_id, seq, n),
    foreign key (federation_code, file_id, seq) references claims (federation_code, file_id, seq) on delete cascade
  )`,
  `create index rule_findings_month_rule on rule_findings (federation_code, service_month, rule_id)`,
  // The rules read a month's claims patient by patient, and the previous month's for 縦覧.
  `create index claims_month_patient on claims (federation_code, service_month, patient_key) where state = 'current'`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const s of STATEMENTS) await sql.raw(s).execute(db);
  for (const t of ['rule_adoptions', 'rule_runs', 'rule_findings']) await enableTenantIsolation(db, t);
  await grantReadOnly(db, 'rule_versions');
  await sql.raw(`grant usage on all sequences in schema public to kokuho_app`).execute(db);
}
