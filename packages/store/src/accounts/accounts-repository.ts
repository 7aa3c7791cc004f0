/**
 * Local accounts: create one (argon2id hash of its password), check a login, open a session and
 * find who holds a session secret. A failed login says only that it failed, whether the login name
 * exists or not, and takes as long either way (a hash is checked against a decoy).
 */
import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { sql } from 'kysely';
import { isPrefectureCode, type FederationCode } from '@kokuho/core/common';
import { isRole, ROLES, type Role } from '@kokuho/core/accounts';
import type { KokuhoDb } from '../db/database.ts';

export const MIN_PASSWORD_LENGTH = 12;
/** A working day and a half: a reviewer logs in once a day. */
export const SESSION_HOURS = 12;
const SESSION_FORMAT = /^ks_([0-9]{2})_[A-Za-z0-9_-]{43}$/;

export interface NewAccount {
  federation: FederationCode;
  login: string;
  displayName: string;
  role: Role;
  insurerNumber?: string | undefined;
  providerCode?: string | undefined;
  password: string;
}

export interface Account {
  federation: FederationCode;
  accountId: string;
  login: string;
  displayName: string;
  role: Role;
  insurerNumber: string | undefined;
  providerCode: string | undefined;
}

/** Why an account cannot be created, in Japanese for the CLI and the admin screen. */
export class AccountError extends Error {}

let decoy: Promise<string> | undefined;

export async function createAccount(k: KokuhoDb, a: NewAccount): Promise<Account> {
  if (!isPrefectureCode(a.federation)) throw new AccountError(`連合会の番号が正しくありません: ${a.federation}`);
  if (!/^[a-z0-9][a-z0-9._-]{1,63}$/.test(a.login)) throw new AccountError('ログイン名は半角英小文字・数字・. _ - の2〜64文字です');
  if (!isRole(a.role)) throw new AccountError(`役割が正しくありません: ${a.role}`);
  const binding = ROLES[a.role].binding;
  if (binding === 'insurer' && !/^\d{6,8}$/.test(a.insurerNumber ?? '')) throw new AccountError('保険者職員には保険者番号（6〜8桁）が必要です');
  if (binding === 'provider' && !/^\d{10}$/.test(a.providerCode ?? '')) throw new AccountError('医療機関の利用者には医療機関コード（10桁）が必要です');
  if ([...a.password].length < MIN_PASSWORD_LENGTH) throw new AccountError(`パスワードは${MIN_PASSWORD_LENGTH}文字以上にしてください`);
  const accountId = `${a.federation}-${randomBytes(8).toString('hex')}`;
  const hash = await argon2.hash(a.password, { type: argon2.argon2id });
  try {
    await k.withFederation(a.federation, (trx) => trx.insertInto('accounts').values({
      federation_code: a.federation, account_id: accountId, login: a.login, display_name: a.displayName, role: a.role,
      insurer_number: binding === 'insurer' ? a.insurerNumber! : null, provider_code: binding === 'provider' ? a.providerCode! : null, password_hash: hash,
    }).execute());
  } catch (e) {
    if ((e as { code?: string }).code === '23505') throw new AccountError(`ログイン名 ${a.login} は既に使われています`);
    throw e;
  }
  return { federation: a.federation, accountId, login: a.login, displayName: a.displayName, role: a.role, insurerNumber: binding === 'insurer' ? a.insurerNumber : undefined, providerCode: binding === 'provider' ? a.providerCode : undefined };
}

type Row = { federation_code: string; account_id: string; login: string; display_name: string; role: string; insurer_number: string | null; provider_code: string | null };
const accountOf = (r: Row): Account => ({
  federation: r.federation_code as FederationCode, accountId: r.account_id, login: r.login, displayName: r.display_name, role: r.role as Role,
  insurerNumber: r.insurer_number ?? undefined, providerCode: r.provider_code ?? undefined,
});
const COLUMNS = ['federation_code', 'account_id', 'login', 'display_name', 'role', 'insurer_number', 'provider_code'] as const;

/** The account whose login and password these are, or undefined (unknown login, wrong password, disabled). */
export async function checkPassword(k: KokuhoDb, federation: FederationCode, login: string, password: string): Promise<Account | undefined> {
  if (!isPrefectureCode(federation)) return undefined;
  const row = await k.withFederation(federation, (trx) =>
    trx.selectFrom('accounts').select([...COLUMNS, 'password_hash', 'disabled_at']).where('login', '=', login).executeTakeFirst());
  decoy ??= argon2.hash(randomBytes(16).toString('hex'), { type: argon2.argon2id });
  const ok = await argon2.verify(row?.password_hash ?? (await decoy), password);
  return row && ok && !row.disabled_at ? accountOf(row) : undefined;
}

export const hashSessionSecret = (secret: string): string => createHash('sha256').update(secret, 'utf8').digest('hex');

/** A new session of the account; the secret is returned once and only its hash is kept. */
export async function openSession(k: KokuhoDb, account: Account, hours = SESSION_HOURS): Promise<{ secret: string; expiresAt: Date }> {
  const secret = `ks_${account.federation}_${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(Date.now() + hours * 3600_000);
  await k.withFederation(account.federation, (trx) => trx.insertInto('sessions').values({
    federation_code: account.federation, session_hash: hashSessionSecret(secret), account_id: account.accountId, expires_at: expiresAt,
  }).execute());
  return { secret, expiresAt };
}

/** The account of a live session (not expired, not closed, account not disabled), or undefined. */
export async function sessionAccount(k: KokuhoDb, secret: string): Promise<Account | undefined> {
  const federation = SESSION_FORMAT.exec(secret)?.[1];
  if (!federation || !isPrefectureCode(federation)) return undefined;
  const row = await k.withFederation(federation, (trx) =>
    trx.selectFrom('sessions as s').innerJoin('accounts as a', (j) => j.onRef('a.federation_code', '=', 's.federation_code').onRef('a.account_id', '=', 's.account_id'))
      .select(COLUMNS.map((c) => `a.${c}` as const))
      .where('s.session_hash', '=', hashSessionSecret(secret)).where('s.revoked_at', 'is', null).where('s.expires_at', '>', sql<Date>`now()`)
      .where('a.disabled_at', 'is', null).executeTakeFirst());
  return row ? accountOf(row) : undefined;
}

/** Ends a session (log out); false when it was not live. */
export async function closeSession(k: KokuhoDb, secret: string): Promise<boolean> {
  const federation = SESSION_FORMAT.exec(secret)?.[1];
  if (!federation || !isPrefectureCode(federation)) return false;
  const r = await k.withFederation(federation, (trx) => trx.updateTable('sessions').set({ revoked_at: new Date() })
    .where('session_hash', '=', hashSessionSecret(secret)).where('revoked_at', 'is', null).executeTakeFirst());
  return Number(r.numUpdatedRows) === 1;
}
