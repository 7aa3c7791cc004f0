import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestDatabase, testEngines } from './test-database.ts';

for (const engine of testEngines()) {
  test(`[${engine}] a session bound to federation 13 sees only its own federation row`, async () => {
    const t = await createTestDatabase(engine);
    try {
      const all = await t.db.selectFrom('federations').select('federation_code').execute();
      assert.equal(all.length, 47);
      const seen = await t.withFederation('13', (trx) => trx.selectFrom('federations').selectAll().execute());
      assert.deepEqual(seen.map((r) => r.federation_code), ['13']);
      const role = await t.withFederation('13', (trx) => sql<{ r: string }>`select current_user as r`.execute(trx));
      assert.equal(role.rows[0]?.r, 'kokuho_app');
      await assert.rejects(
        t.withFederation('13', (trx) => trx.insertInto('federations').values({ federation_code: '27', name: 'x' }).execute()),
        /row-level security/,
      );
    } finally {
      await t.dispose();
    }
  });
}

for (const engine of testEngines()) {
  test(`[${engine}] a malformed tenant setting binds to nothing (no truncation of '27x' to '27')`, async () => {
    const t = await createTestDatabase(engine);
    try {
      const seen = await t.withFederation('13', async (trx) => {
        await sql`select set_config('kokuho.federation', '27x', true)`.execute(trx);
        return trx.selectFrom('federations').selectAll().execute();
      });
      assert.deepEqual(seen, []);
    } finally {
      await t.dispose();
    }
  });
}
