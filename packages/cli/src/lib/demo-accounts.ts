/**
 * The demo's accounts, with passwords printed in the README so that a newcomer can log in to the
 * review screens at once. They exist only in the demo's database; `kokuho accounts add` makes real
 * ones with generated passwords.
 */
import { ROLES, type Role } from '@kokuho/core/accounts';
import type { FederationCode } from '@kokuho/core/common';
import type { KokuhoDb } from '@kokuho/store';
import { createAccount } from '@kokuho/store/accounts';

export const DEMO_PASSWORD = 'kokuho-demo-2025';

export const DEMO_ACCOUNTS: readonly { login: string; role: Role; name: string }[] = [
  { login: 'shinsa', role: 'committee-reviewer', name: '審査 太郎' },
  { login: 'jimu', role: 'clerical-reviewer', name: '事務 花子' },
  { login: 'chuokai', role: 'central-staff', name: '中央 一郎' },
];

/** Creates the demo accounts that do not exist yet; returns the lines to print. */
export async function ensureDemoAccounts(k: KokuhoDb, federation: FederationCode): Promise<string[]> {
  const existing = new Set(await k.withFederation(federation, async (trx) => (await trx.selectFrom('accounts').select('login').execute()).map((r) => r.login)));
  for (const a of DEMO_ACCOUNTS) {
    if (!existing.has(a.login)) await createAccount(k, { federation, login: a.login, displayName: a.name, role: a.role, password: DEMO_PASSWORD });
  }
  return DEMO_ACCOUNTS.map((a) => `連合会 ${federation}・ログインID ${a.login}・パスワード ${DEMO_PASSWORD}（${ROLES[a.role].label}）`);
}
