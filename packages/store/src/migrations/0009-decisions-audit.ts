/**
 * Review decisions and the audit log (issue 5). Both are append-only: the application role may read
 * and insert, never update or delete. The audit log is a hash chain per federation: each entry's hash
 * covers the previous entry's hash and its own content, so an edited or removed entry breaks every
 * hash after it (verifyAuditChain finds where).
 */
import { sql, type Kysely } from 'kysely';
import { APP_ROLE } from '../db/database.ts';
import { enableTenantIsolation } from './rls.ts';

const STATEMENTS = [
  `create table review_decisions (
    federation_code char(2) not null,
    decision_id bigint generated always as identity,
    file_id bigint not null,
    seq integer not null,
    decision text not null,
    line integer,
    code text,
    points_before integer,
    points_after integer,
    reason_code text not null default '',
    reason_text text not null default '',
    account_id text not null,
    decided_at timestamptz not null default now(),
    primary key (federation_code, decision_id),
    foreign key (federation_code, file_id, seq) references claims (federation_code, file_id, seq),
    constraint review_decisions_kind check (decision in ('adjust', 'return', 'confirm', 'hold', 'note')),
    constraint review_decisions_adjust check (decision <> 'adjust' or (line is not null and points_after is not null and reason_code <> '')),
    constraint review_decisions_return check (decision <> 'return' or reason_text <> '')
  )`,
  `create index review_decisions_claim on review_decisions (federation_code, file_id, seq)`,
  `create table audit_log (
    federation_code char(2) not null,
    entry_no bigint not null,
    at timestamptz not null default now(),
    account_id text not null,
    action text not null,
    target jsonb not null,
    before jsonb,
    after jsonb,
    prev_hash char(64) not null,
    hash char(64) not null,
    primary key (federation_code, entry_no)
  )`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const s of STATEMENTS) await sql.raw(s).execute(db);
  for (const t of ['review_decisions', 'audit_log']) {
    await enableTenantIsolation(db, t);
    // append-only for the application: what was decided and who did what cannot be rewritten
    await sql.raw(`revoke update, delete, truncate on ${t} from ${APP_ROLE}`).execute(db);
  }
}
