/**
 * The ledger (issue 6): append-only entries of who owes whom, per federation, and the closing of a
 * month (its entry count, totals and a digest of its entries), after which nothing more is posted to
 * that month. Both are append-only for the application role, like the audit log.
 */
import { sql, type Kysely } from 'kysely';
import { APP_ROLE } from '../db/database.ts';
import { enableTenantIsolation } from './rls.ts';

const STATEMENTS = [
  `create table ledger_entries (
    federation_code char(2) not null,
    entry_id bigint generated always as identity,
    posting_month char(7) not null,
    service_month char(7) not null,
    file_id bigint,
    seq integer,
    account text not null,
    debtor_type text not null,
    debtor_code text not null,
    creditor_type text not null,
    creditor_code text not null,
    amount bigint not null,
    posting_key text not null,
    reverses text,
    reason text not null,
    posted_by text not null,
    posted_at timestamptz not null default now(),
    primary key (federation_code, entry_id),
    constraint ledger_entries_account check (account in ('insurer-benefit', 'public-expense', 'provider-payment', 'review-fee')),
    constraint ledger_entries_claim check ((file_id is null) = (seq is null))
  )`,
  `create unique index ledger_entries_key on ledger_entries (federation_code, posting_key)`,
  `create index ledger_entries_month on ledger_entries (federation_code, posting_month)`,
  `create index ledger_entries_claim on ledger_entries (federation_code, file_id, seq)`,
  `create table ledger_closings (
    federation_code char(2) not null,
    posting_month char(7) not null,
    entries bigint not null,
    totals jsonb not null,
    digest char(64) not null,
    closed_by text not null,
    closed_at timestamptz not null default now(),
    primary key (federation_code, posting_month)
  )`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const s of STATEMENTS) await sql.raw(s).execute(db);
  for (const t of ['ledger_entries', 'ledger_closings']) {
    await enableTenantIsolation(db, t);
    // the books are never rewritten: corrections are new entries in a later month
    await sql.raw(`revoke update, delete, truncate on ${t} from ${APP_ROLE}`).execute(db);
  }
}
