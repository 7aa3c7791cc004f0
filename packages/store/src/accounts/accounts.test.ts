/**
 * Local accounts on both engines: argon2id hashes, logins that fail alike for an unknown name and a
 * wrong password, sessions that end (log out, expiry, disabled account) and stay in their federation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import { AccountError, checkPassword, closeSession, createAccount, openSession, sessionAccount } from './accounts-repository.ts';

for (const engine of testEngines()) {
  test(`[${engine}] accounts: create, log in, sessions, federation isolation`, async () => {
    const k = await createTestDatabase(engine);
    try {
      const sato = await createAccount(k, { federation: '13', login: 'sato', displayName: '佐藤 花子', role: 'committee-reviewer', password: 'correct horse battery' });
      assert.match(sato.accountId, /^13-[0-9a-f]{16}$/);
      const stored = await k.withFederation('13', (trx) => trx.selectFrom('accounts').select('password_hash').executeTakeFirstOrThrow());
      assert.match(stored.password_hash, /^\$argon2id\$/);
      assert.ok(!stored.password_hash.includes('correct horse'));

      await assert.rejects(createAccount(k, { federation: '13', login: 'sato', displayName: 'x', role: 'admin', password: 'another long one' }), AccountError);
      await assert.rejects(createAccount(k, { federation: '13', login: 'short', displayName: 'x', role: 'admin', password: 'too short' }), /12文字以上/);
      await assert.rejects(createAccount(k, { federation: '13', login: 'kenpo', displayName: 'x', role: 'insurer-staff', password: 'long enough password' }), /保険者番号/);
      // The same login in another federation is another account.
      await createAccount(k, { federation: '27', login: 'sato', displayName: '佐藤 一郎', role: 'intake-clerk', password: 'osaka password 1' });

      assert.equal((await checkPassword(k, '13', 'sato', 'correct horse battery'))?.accountId, sato.accountId);
      assert.equal(await checkPassword(k, '13', 'sato', 'wrong password!!'), undefined);
      assert.equal(await checkPassword(k, '13', 'nobody', 'correct horse battery'), undefined);
      assert.equal(await checkPassword(k, '27', 'sato', 'correct horse battery'), undefined);

      const { secret } = await openSession(k, sato);
      assert.match(secret, /^ks_13_/);
      assert.equal((await sessionAccount(k, secret))?.displayName, '佐藤 花子');
      // The federation in the secret binds the lookup: the same secret said to be Osaka's finds nothing.
      assert.equal(await sessionAccount(k, secret.replace('ks_13_', 'ks_27_')), undefined);
      assert.equal(await sessionAccount(k, 'ks_13_garbage'), undefined);
      const seen27 = await k.withFederation('27', (trx) => trx.selectFrom('sessions').select('session_hash').execute());
      assert.equal(seen27.length, 0);

      assert.equal(await closeSession(k, secret), true);
      assert.equal(await sessionAccount(k, secret), undefined);
      assert.equal(await closeSession(k, secret), false);

      const expired = await openSession(k, sato, -1);
      assert.equal(await sessionAccount(k, expired.secret), undefined);

      const live = await openSession(k, sato);
      await k.withFederation('13', (trx) => trx.updateTable('accounts').set({ disabled_at: new Date() }).where('account_id', '=', sato.accountId).execute());
      assert.equal(await sessionAccount(k, live.secret), undefined);
      assert.equal(await checkPassword(k, '13', 'sato', 'correct horse battery'), undefined);
    } finally {
      await k.close();
    }
  });
}
