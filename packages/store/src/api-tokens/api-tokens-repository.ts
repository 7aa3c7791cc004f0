/**
 * Issue, verify and revoke the bearer tokens of the HTTP API. The secret is returned once by
 * issueApiToken and only its SHA-256 is stored: looking a presented secret up by its hash needs no
 * constant-time comparison (an attacker learns nothing from timing a B-tree lookup of a hash of
 * 256 random bits).
 */
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { isPrefectureCode, type FederationCode } from '@kokuho/core/common';
import { APP_ROLE, type KokuhoDb } from '../db/database.ts';
import type { ApiTokenRole } from './api-token-tables.ts';

/** Recognisable in logs, config files and secret scanners. */
export const API_TOKEN_PREFIX = 'kk_';
const SECRET_FORMAT = /^kk_[A-Za-z0-9_-]{43}$/;
const TOKEN_ID_FORMAT = /^([0-9]{2})-[0-9a-f]{16}$/;

export interface IssueApiTokenInput {
  federation: FederationCode;
  /** 10-digit 医療機関コード (都道府県 + 点数表 + 医療機関コード) of the federation's prefecture. */
  provider: string;
  label?: string | undefined;
}

export interface IssuedApiToken {
  tokenId: string;
  /** Shown once; never stored. */
  secret: string;
}

export interface ApiPrincipal {
  federation: FederationCode;
  provider: string | undefined;
  role: ApiTokenRole;
  tokenId: string;
}

export function hashApiSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export async function issueApiToken(k: KokuhoDb, input: IssueApiTokenInput): Promise<IssuedApiToken> {
  const { federation, provider } = input;
  if (!isPrefectureCode(federation)) throw new RangeError(`not a federation code: ${federation}`);
  if (!/^[0-9]{10}$/.test(provider)) throw new RangeError(`not a 10-digit provider code: ${provider}`);
  if (!provider.startsWith(federation)) throw new RangeError(`provider ${provider} does not bill federation ${federation}`);
  const tokenId = `${federation}-${randomBytes(8).toString('hex')}`;
  const secret = API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  await k.withFederation(federation, (trx) =>
    trx
      .insertInto('api_tokens')
      .values({ federation_code: federation, token_id: tokenId, provider_code: provider, role: 'provider', token_hash: hashApiSecret(secret), label: input.label ?? '', revoked_at: null })
      .execute(),
  );
  return { tokenId, secret };
}

/** The principal of a live token, or undefined for a malformed, unknown or revoked secret. */
export async function verifyApiToken(k: KokuhoDb, secret: string): Promise<ApiPrincipal | undefined> {
  if (!SECRET_FORMAT.test(secret)) return undefined;
  // The federation is what we are about to learn, so this lookup cannot bind one. It runs as the
  // application role like every bound transaction, and declares the hash it looks for: the policy
  // api_tokens_by_hash (migration 0005) then shows that row alone, whoever owns the table. The
  // unrestricted handle would see nothing where the owner is no superuser (FORCE row security).
  const hash = hashApiSecret(secret);
  const row = await k.db.transaction().execute(async (trx) => {
    await sql`select set_config('kokuho.token_hash', ${hash}, true)`.execute(trx);
    await sql.raw(`set local role ${APP_ROLE}`).execute(trx);
    return trx
      .selectFrom('api_tokens')
      .select(['federation_code', 'token_id', 'provider_code', 'role'])
      .where('token_hash', '=', hash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
  });
  if (!row || !isPrefectureCode(row.federation_code)) return undefined;
  return { federation: row.federation_code, provider: row.provider_code ?? undefined, role: row.role, tokenId: row.token_id };
}

/** Revokes a live token; false when there is no such token or it was already revoked. */
export async function revokeApiToken(k: KokuhoDb, tokenId: string): Promise<boolean> {
  const federation = TOKEN_ID_FORMAT.exec(tokenId)?.[1];
  if (!federation || !isPrefectureCode(federation)) return false;
  const r = await k.withFederation(federation, (trx) =>
    trx
      .updateTable('api_tokens')
      .set({ revoked_at: sql<Date>`now()` }) // the database clock, as created_at
      .where('federation_code', '=', federation)
      .where('token_id', '=', tokenId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst(),
  );
  return Number(r.numUpdatedRows) === 1;
}
