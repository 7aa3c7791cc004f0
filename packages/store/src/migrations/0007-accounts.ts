/**
 * Local accounts and their sessions (issue 5). Tenant tables: an account belongs to one federation
 * and row-level security keeps every query inside it.
 *  - password_hash is argon2id (PHC string); the password itself is never stored.
 *  - A login name is unique within its federation: the login form names the federation first.
 *  - A session is a random secret given to the browser in an HttpOnly cookie; only its SHA-256 is
 *    kept. The secret starts with the federation's code, so that the lookup can bind the federation
 *    before it reads; a secret naming another federation finds nothing there.
 *  - insurer_number / provider_code bind the roles that work for one insurer or provider.
 */
import { sql, type Kysely } from 'kysely';
import { enableTenantIsolation } from './rls.ts';

const STATEMENTS = [
  `create table accounts (
    federation_code char(2) not null references federations (federation_code),
    account_id text not null,
    login text not null,
    display_name text not null,
    role text not null,
    insurer_number text,
    provider_code text,
    password_hash text not null,
    created_at timestamptz not null default now(),
    disabled_at timestamptz,
    primary key (federation_code, account_id),
    constraint accounts_login_format check (login ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    constraint accounts_role check (role in ('intake-clerk', 'clerical-reviewer', 'committee-reviewer', 'payment-officer', 'insurer-staff', 'provider', 'central-staff', 'admin')),
    constraint accounts_insurer_binding check ((role = 'insurer-staff') = (insurer_number is not null)),
    constraint accounts_provider_binding check ((role = 'provider') = (provider_code is not null)),
    constraint accounts_hash check (password_hash like '$argon2id$%')
  )`,
  `create unique index accounts_login on accounts (federation_code, login)`,
  `create table sessions (
    federation_code char(2) not null references federations (federation_code),
    session_hash char(64) not null,
    account_id text not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    revoked_at timestamptz,
    primary key (federation_code, session_hash),
    foreign key (federation_code, account_id) references accounts (federation_code, account_id) on delete cascade
  )`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const s of STATEMENTS) await sql.raw(s).execute(db);
  for (const t of ['accounts', 'sessions']) await enableTenantIsolation(db, t);
}
