import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import { APP_ROLE, openDatabase } from '../db/database.ts';
import * as m0001 from '../migrations/0001-federations.ts';
import * as m0002 from '../migrations/0002-registries.ts';
import * as m0003 from '../migrations/0003-masters.ts';
import * as m0004 from '../migrations/0004-intake.ts';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import { hashApiSecret, issueApiToken, revokeApiToken, verifyApiToken } from './api-tokens-repository.ts';

for (const engine of testEngines()) {
  test(`[${engine}] api tokens: issue, verify, revoke; only the hash is stored`, async () => {
    const k = await createTestDatabase(engine);
    try {
      const a = await issueApiToken(k, { federation: '13', provider: '1310000017', label: '東京クリニック 請求端末' });
      assert.match(a.secret, /^kk_[A-Za-z0-9_-]{43}$/);
      assert.match(a.tokenId, /^13-[0-9a-f]{16}$/);
      assert.deepEqual(await verifyApiToken(k, a.secret), { federation: '13', provider: '1310000017', role: 'provider', tokenId: a.tokenId });

      const rows = await k.db.selectFrom('api_tokens').selectAll().execute();
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.token_hash, hashApiSecret(a.secret));
      assert.ok(!JSON.stringify(rows).includes(a.secret.slice(3)), 'the secret is not stored');

      assert.equal(await verifyApiToken(k, `${a.secret.slice(0, -1)}${a.secret.endsWith('A') ? 'B' : 'A'}`), undefined);
      assert.equal(await verifyApiToken(k, ''), undefined);
      assert.equal(await verifyApiToken(k, hashApiSecret(a.secret)), undefined, 'the stored hash is no credential');

      assert.equal(await revokeApiToken(k, a.tokenId), true);
      assert.equal(await revokeApiToken(k, a.tokenId), false, 'already revoked');
      assert.equal(await revokeApiToken(k, '27-0000000000000000'), false);
      assert.equal(await verifyApiToken(k, a.secret), undefined);
    } finally {
      await k.dispose();
    }
  });

  test(`[${engine}] api tokens are tenant rows: a provider of another prefecture is refused, 27 cannot see 13's tokens`, async () => {
    const k = await createTestDatabase(engine);
    try {
      await assert.rejects(issueApiToken(k, { federation: '13', provider: '2710000019' }), RangeError);
      await assert.rejects(issueApiToken(k, { federation: '13', provider: '131000001' }), RangeError);
      const a = await issueApiToken(k, { federation: '13', provider: '1310000017' });
      await issueApiToken(k, { federation: '27', provider: '2710000019' });
      const seen = await k.withFederation('27', (trx) => trx.selectFrom('api_tokens').select(['federation_code', 'token_id']).execute());
      assert.deepEqual(seen.map((r) => r.federation_code), ['27']);
      const moved = await k.withFederation('27', (trx) => trx.updateTable('api_tokens').set({ revoked_at: new Date() }).where('token_id', '=', a.tokenId).executeTakeFirst());
      assert.equal(Number(moved.numUpdatedRows), 0);
      assert.equal((await verifyApiToken(k, a.secret))?.federation, '13');
    } finally {
      await k.dispose();
    }
  });
}

// The superuser of the other tests bypasses row-level security; production's owner does not.
// PostgreSQL only: PGlite has a single user, so a non-superuser owner cannot connect there (the
// tests above still run the lookup as the application role, where the policies apply).
test('[postgres] a token verifies when the database owner is no superuser, and stays hidden from other federations', { skip: !process.env.DATABASE_URL && 'needs DATABASE_URL' }, async () => {
  const base = process.env.DATABASE_URL!;
  const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const owner = `kokuho_owner_${suffix}`;
  const setup = `kokuho_setup_${suffix}`;
  const name = `kokuho_test_owner_${suffix}`;
  const urlAs = (role: string) => {
    const u = new URL(base);
    u.username = role;
    u.password = '';
    u.pathname = `/${name}`;
    return u.toString();
  };
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    // CREATEROLE as migrations create and grant kokuho_app (rls.ts); no BYPASSRLS, so RLS binds it.
    await admin.query(`create role ${owner} login nosuperuser nobypassrls createrole`);
    await admin.query(`create database ${name} owner ${owner}`);
    // Migrations 0001-0004 seed tenant tables after forcing row security, which only a superuser
    // can; they run as a throwaway superuser whose objects then pass to the owner. 0005 then runs
    // as the owner itself (openDatabase below).
    await admin.query(`create role ${setup} login superuser`);
    const early = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: urlAs(setup), max: 1 }) }) });
    try {
      const migrator = new Migrator({ db: early, provider: { getMigrations: async () => ({ '0001-federations': m0001, '0002-registries': m0002, '0003-masters': m0003, '0004-intake': m0004 }) } });
      const { error } = await migrator.migrateToLatest();
      if (error) throw error;
      await sql.raw(`reassign owned by ${setup} to ${owner}`).execute(early);
      await sql.raw(`grant ${APP_ROLE} to ${owner}`).execute(early); // as ensureAppRole does for the migrating owner
    } finally {
      await early.destroy();
    }
    const k = await openDatabase({ url: urlAs(owner) }); // runs 0005 as the owner
    try {
      const me = await sql<{ u: string; s: boolean; b: boolean }>`select current_user as u, rolsuper as s, rolbypassrls as b from pg_roles where rolname = current_user`.execute(k.db);
      assert.deepEqual(me.rows, [{ u: owner, s: false, b: false }]);
      const owns = await sql<{ t: string; o: string }>`select tablename as t, tableowner as o from pg_tables where tablename in ('api_tokens', 'federations') order by 1`.execute(k.db);
      assert.deepEqual(owns.rows, [{ t: 'api_tokens', o: owner }, { t: 'federations', o: owner }]);

      const a = await issueApiToken(k, { federation: '13', provider: '1310000017' });
      await issueApiToken(k, { federation: '27', provider: '2710000019' });
      assert.deepEqual(await verifyApiToken(k, a.secret), { federation: '13', provider: '1310000017', role: 'provider', tokenId: a.tokenId });
      const hash = hashApiSecret(a.secret);

      // FORCE binds the owner: the unrestricted handle sees no token at all (why the lookup declares its hash).
      assert.deepEqual(await k.db.selectFrom('api_tokens').select('token_id').execute(), []);
      // Bound to another federation, without the hash: nothing, even asking by hash.
      const from27 = await k.withFederation('27', (trx) => trx.selectFrom('api_tokens').select(['federation_code', 'token_id']).where('token_hash', '=', hash).execute());
      assert.deepEqual(from27, []);
      const all27 = await k.withFederation('27', (trx) => trx.selectFrom('api_tokens').select('federation_code').execute());
      assert.deepEqual(all27.map((r) => r.federation_code), ['27']);
      // Unbound as the application role, without the hash: nothing either.
      const unbound = await k.db.transaction().execute(async (trx) => {
        await sql.raw(`set local role ${APP_ROLE}`).execute(trx);
        return trx.selectFrom('api_tokens').select('token_id').execute();
      });
      assert.deepEqual(unbound, []);
      // Declaring the hash shows that one row, for reading only: writes still need its federation.
      const written = await k.withFederation('27', async (trx) => {
        await sql`select set_config('kokuho.token_hash', ${hash}, true)`.execute(trx);
        const seen = await trx.selectFrom('api_tokens').select('token_id').where('federation_code', '=', '13').execute();
        const updated = await trx.updateTable('api_tokens').set({ revoked_at: new Date() }).where('token_hash', '=', hash).executeTakeFirst();
        const deleted = await trx.deleteFrom('api_tokens').where('token_hash', '=', hash).executeTakeFirst();
        return { seen: seen.map((r) => r.token_id), updated: Number(updated.numUpdatedRows), deleted: Number(deleted.numDeletedRows) };
      });
      assert.deepEqual(written, { seen: [a.tokenId], updated: 0, deleted: 0 });
      assert.equal((await verifyApiToken(k, a.secret))?.tokenId, a.tokenId, 'still live');

      assert.equal(await revokeApiToken(k, a.tokenId), true);
      assert.equal(await verifyApiToken(k, a.secret), undefined);
    } finally {
      await k.close();
    }
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    for (const role of [setup, owner]) {
      await admin.query(`revoke ${APP_ROLE} from ${role}`).catch(() => undefined);
      await admin.query(`drop role if exists ${role}`);
    }
    await admin.end();
  }
});
