/**
 * Row-level security on every registry table, on each engine (PGlite always; PostgreSQL when
 * DATABASE_URL is set): a session bound to federation 13 can neither read, update, delete nor
 * insert federation 27's rows, cannot move its own rows to 27, and the application role without a
 * bound federation sees nothing at all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type Kysely } from 'kysely';
import { createTestDatabase, testEngines } from '../db/test-database.ts';
import { APP_ROLE } from '../db/database.ts';
import type { Schema } from '../schema.ts';
import { loadRegistryFixture, registryFixture } from './registry-fixtures.test-support.ts';
import { REGISTRY_TABLES as TENANT_TABLES } from './registry-maintenance.ts';

const countOf = async (trx: Kysely<Schema>, table: string, where = 'true'): Promise<number> =>
  Number((await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where ${sql.raw(where)}`.execute(trx)).rows[0]!.n);

for (const engine of testEngines()) {
  test(`[${engine}] registries: federation 13 cannot touch federation 27's rows in any tenant table`, async (t) => {
    const db = await createTestDatabase(engine);
    try {
      for (const f of ['13', '27'] as const) {
        const reports = await db.withFederation(f, (trx) => loadRegistryFixture(trx, registryFixture(f)));
        for (const r of reports) assert.deepEqual(r.rejected, [], `fixture ${f}`);
      }
      const rls = await sql<{ t: string; on: boolean; forced: boolean; key: string }>`
        select c.relname as t, c.relrowsecurity as on, c.relforcerowsecurity as forced,
               (select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                where i.indrelid = c.oid and i.indisprimary) as key
        from pg_class c where c.relname in (${sql.join([...TENANT_TABLES])}) order by c.relname`.execute(db.db);
      assert.deepEqual(
        rls.rows,
        [...TENANT_TABLES].sort().map((t) => ({ t, on: true, forced: true, key: 'federation_code' })),
        'RLS enabled and forced, federation_code first in every primary key',
      );

      const before: Record<string, number> = {};
      for (const table of TENANT_TABLES) {
        before[table] = await db.withFederation('27', (trx) => countOf(trx, table));
        assert.ok(before[table]! > 0, `${table} has rows of 27`);
      }

      for (const table of TENANT_TABLES) {
        await t.test(table, async () => {
          // read: only its own rows, even when asking for 27's explicitly
          const seen = await db.withFederation('13', (trx) => sql<{ f: string }>`select distinct federation_code as f from ${sql.table(table)}`.execute(trx));
          assert.deepEqual(seen.rows.map((r) => r.f), ['13']);
          assert.equal(await db.withFederation('13', (trx) => countOf(trx, table, `federation_code = '27'`)), 0);

          // update and delete: 27's rows are invisible, so nothing is touched
          const upd = await db.withFederation('13', (trx) => sql`update ${sql.table(table)} set federation_code = federation_code where federation_code = '27'`.execute(trx));
          assert.equal(Number(upd.numAffectedRows ?? -1n), 0);
          // …while the same statement on its own rows does count them (the zero above is not vacuous)
          const own = await db.withFederation('13', (trx) => sql`update ${sql.table(table)} set federation_code = federation_code where federation_code = '13'`.execute(trx));
          assert.ok(Number(own.numAffectedRows ?? 0n) > 0);
          const del = await db.withFederation('13', (trx) => sql`delete from ${sql.table(table)} where federation_code = '27'`.execute(trx));
          assert.equal(Number(del.numAffectedRows ?? -1n), 0);
          assert.equal(await db.withFederation('27', (trx) => countOf(trx, table)), before[table]);

          // insert: a row of 27 (exactly as 27 stores it) is refused in a session of 13
          const row27 = await db.withFederation('27', (trx) => (trx as Kysely<any>).selectFrom(table).selectAll().limit(1).executeTakeFirstOrThrow());
          await assert.rejects(db.withFederation('13', (trx) => (trx as Kysely<any>).insertInto(table).values(row27).execute()), /row-level security/);

          // moving its own rows to 27 is refused too
          await assert.rejects(db.withFederation('13', (trx) => sql`update ${sql.table(table)} set federation_code = '27'`.execute(trx)), /row-level security/);

          // the application role without a bound federation sees nothing
          const unbound = await db.db.transaction().execute(async (trx) => {
            await sql.raw(`set local role ${APP_ROLE}`).execute(trx);
            return countOf(trx, table);
          });
          assert.equal(unbound, 0);
        });
      }
      for (const table of TENANT_TABLES) assert.equal(await db.withFederation('27', (trx) => countOf(trx, table)), before[table], `${table} of 27 intact`);
    } finally {
      await db.dispose();
    }
  });

  test(`[${engine}] registry repositories refuse an unbound handle`, async () => {
    const db = await createTestDatabase(engine);
    try {
      const fx = registryFixture('13');
      await assert.rejects(loadRegistryFixture(db.db, fx), /bound to a federation/);
    } finally {
      await db.dispose();
    }
  });
}
