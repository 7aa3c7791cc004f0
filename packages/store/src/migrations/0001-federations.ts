import { sql, type Kysely } from 'kysely';
import { PREFECTURES } from '@kokuho/core/common';
import { ensureAppRole, enableTenantIsolation } from './rls.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await ensureAppRole(db);
  await db.schema
    .createTable('federations')
    .addColumn('federation_code', 'char(2)', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await enableTenantIsolation(db, 'federations');
  await db
    .insertInto('federations')
    .values(Object.entries(PREFECTURES).map(([code, pref]) => ({ federation_code: code, name: `${pref}国民健康保険団体連合会` })))
    .execute();
  await sql`comment on table federations is '国民健康保険団体連合会 (one per prefecture): the tenant'`.execute(db);
}
