/**
 * Bearer tokens of the HTTP API (オンライン請求). A tenant table like the registries: the
 * federation leads the primary key and row-level security isolates federations.
 *  - Only the SHA-256 of the secret is kept: a copy of the table cannot be replayed as credentials.
 *  - token_hash is unique across federations because a request presents the secret alone; its
 *    lookup (verifyApiToken) is the one query that runs before the federation is known. It cannot
 *    use the unrestricted handle: FORCE row-level security binds the table owner too, and in
 *    production the owner is no superuser. A second policy, for SELECT only and only for the
 *    application role, shows the one row whose hash the transaction declares in `kokuho.token_hash`.
 *    Declaring a hash takes the secret, so this reveals nothing the presenter does not already
 *    hold; permissive policies are OR'ed, and UPDATE/DELETE still need the tenant policy.
 *    The setting is compared as text, exactly: a cast to char(64) would truncate a longer value.
 *  - provider_code is null for federation staff (a later role); a provider's token names a
 *    provider of its own prefecture, as providers bill their own federation only.
 *  - token_id starts with the federation ('13-…'), so that revoking by id alone (the CLI) knows
 *    which federation to bind to and needs no index across federations.
 *  - Revocation sets revoked_at and keeps the row, so that who uploaded with it stays traceable.
 */
import { sql, type Kysely } from 'kysely';
import { APP_ROLE } from '../db/database.ts';
import { enableTenantIsolation } from './rls.ts';

const STATEMENTS = [
  `create table api_tokens (
    federation_code char(2) not null references federations (federation_code),
    token_id text not null,
    provider_code text,
    role text not null,
    token_hash char(64) not null,
    label text not null default '',
    created_at timestamptz not null default now(),
    revoked_at timestamptz,
    primary key (federation_code, token_id),
    constraint api_tokens_token_id check (token_id ~ '^[0-9]{2}-[0-9a-f]{16}$' and substr(token_id, 1, 2) = federation_code),
    constraint api_tokens_role check (role in ('provider')),
    constraint api_tokens_provider_format check (provider_code ~ '^[0-9]{10}$'),
    constraint api_tokens_provider_own_prefecture check (substr(provider_code, 1, 2) = federation_code),
    constraint api_tokens_provider_role check (role <> 'provider' or provider_code is not null),
    constraint api_tokens_hash_format check (token_hash ~ '^[0-9a-f]{64}$'),
    constraint api_tokens_revoked check (revoked_at is null or revoked_at >= created_at)
  )`,
  `create unique index api_tokens_hash on api_tokens (token_hash)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const s of STATEMENTS) await sql.raw(s).execute(db);
  await enableTenantIsolation(db, 'api_tokens');
  await sql
    .raw(
      `create policy api_tokens_by_hash on api_tokens for select to ${APP_ROLE} ` +
        `using (token_hash = current_setting('kokuho.token_hash', true))`,
    )
    .execute(db);
  await sql`comment on table api_tokens is 'HTTP API bearer tokens; token_hash = sha256(secret) in hex, the secret itself is never stored'`.execute(db);
}
