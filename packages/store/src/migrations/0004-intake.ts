/**
 * Intake (受付): the files received, every claim of an accepted file with its outcome, and the
 * findings of the clerical and eligibility checks. Tenant tables like the registries: the key starts
 * with federation_code and row-level security binds every read and write to one federation.
 *
 * A claim's key is (file_id, seq): seq is the claim's position in its file, so a batch that is
 * written again after a crash lands on the same keys, and the file row's claims_done (updated in
 * the same transaction as the batch) says where to resume.
 *
 * "The same claim is never stored twice": a unique index over (provider, service month, patient,
 * レセプト番号) among live claims (state 'current'). Claims of a file still being received are
 * 'pending' and become 'current' in the transaction that accepts the file; a refused file's
 * pending claims are deleted with it (its row keeps the 受付エラー).
 */
import { sql, type Kysely } from 'kysely';
import { enableTenantIsolation } from './rls.ts';

const STATEMENTS = [
  `create table intake_files (
    federation_code char(2) not null references federations (federation_code),
    file_id bigint generated always as identity,
    sha256 char(64) not null,
    service_month char(7) not null,
    file_name text not null,
    bytes bigint not null,
    kind text,
    provider_code char(10),
    status text not null,
    replace_earlier boolean not null default false,
    claims_done integer not null default 0,
    claims integer not null default 0,
    accepted integer not null default 0,
    accepted_with_findings integer not null default 0,
    returned integer not null default 0,
    duplicates integer not null default 0,
    out_of_prefecture integer not null default 0,
    errors jsonb not null default '[]',
    received_at timestamptz not null default now(),
    completed_at timestamptz,
    primary key (federation_code, file_id),
    constraint intake_files_status check (status in ('receiving', 'accepted', 'refused', 'replaced')),
    constraint intake_files_month check (service_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    constraint intake_files_sha check (sha256 ~ '^[0-9a-f]{64}$')
  )`,
  // One live row per content: a second upload of the same bytes is recognised, not stored again.
  `create unique index intake_files_content on intake_files (federation_code, sha256) where status in ('receiving', 'accepted')`,
  `create index intake_files_provider on intake_files (federation_code, provider_code, service_month)`,
  `create table claims (
    federation_code char(2) not null,
    file_id bigint not null,
    seq integer not null,
    state text not null,
    outcome text not null,
    kind text not null,
    provider_code char(10) not null,
    service_month char(7) not null,
    receipt_number integer not null,
    patient_key text not null,
    receipt_type text not null,
    insurer_number text,
    insurer_prefecture char(2),
    out_of_prefecture boolean not null default false,
    person_id text,
    birth_date date,
    total_points integer,
    first_line integer not null,
    last_line integer not null,
    content_sha256 char(64) not null,
    body text not null,
    superseded_by_file bigint,
    supersedes_file bigint,
    supersedes_seq integer,
    primary key (federation_code, file_id, seq),
    foreign key (federation_code, file_id) references intake_files (federation_code, file_id) on delete cascade,
    constraint claims_state check (state in ('pending', 'current', 'superseded', 'withdrawn', 'rejected')),
    constraint claims_outcome check (outcome in ('accepted', 'acceptedWithFindings', 'returned')),
    constraint claims_kind check (kind in ('medical', 'dpc', 'pharmacy', 'dental'))
  )`,
  `create unique index claims_live_key on claims (federation_code, provider_code, service_month, patient_key, receipt_number) where state = 'current'`,
  `create index claims_patient on claims (federation_code, provider_code, service_month, patient_key)`,
  `create table claim_findings (
    federation_code char(2) not null,
    file_id bigint not null,
    seq integer not null,
    n smallint not null,
    code text not null,
    severity text not null,
    line integer not null,
    record text not null,
    field text not null,
    message text not null,
    primary key (federation_code, file_id, seq, n),
    foreign key (federation_code, file_id, seq) references claims (federation_code, file_id, seq) on delete cascade,
    constraint claim_findings_severity check (severity in ('return', 'finding'))
  )`,
  `create index claim_findings_code on claim_findings (federation_code, code)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const s of STATEMENTS) await sql.raw(s).execute(db);
  for (const t of ['intake_files', 'claims', 'claim_findings']) await enableTenantIsolation(db, t);
  await sql.raw(`grant usage on all sequences in schema public to kokuho_app`).execute(db);
}
