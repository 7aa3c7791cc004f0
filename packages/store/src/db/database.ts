/**
 * Opens kokuho's database: PostgreSQL when DATABASE_URL is given, otherwise embedded PGlite
 * with its data under $KOKUHO_DATA (default ./.kokuho). Both run the same migrations and queries.
 */
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { join, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Schema } from '../schema.ts';
import { PGlitePool } from './pglite-pool.ts';
import { OID, parseInt8, identity } from './type-parsers.ts';
import { migrateToLatest } from '../migrations/index.ts';
import type { FederationCode } from '@kokuho/core/common';
import { isPrefectureCode } from '@kokuho/core/common';

export type Engine = 'pglite' | 'postgres';

export interface OpenOptions {
  /** postgres://… ; when absent, the embedded engine is used. */
  url?: string | undefined;
  /** Directory for embedded data; 'memory://' keeps it in memory (tests). */
  dataDir?: string | undefined;
  /** Run migrations on open (default true). */
  migrate?: boolean;
}

export interface KokuhoDb {
  readonly engine: Engine;
  /** Unrestricted handle: migrations, batch jobs of the central association, imports of national masters. */
  readonly db: Kysely<Schema>;
  /**
   * Runs `fn` in one transaction bound to a federation: row-level security then shows and accepts
   * only that federation's rows, whatever the queries inside say.
   */
  withFederation<T>(federation: FederationCode, fn: (trx: Transaction<Schema>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const APP_ROLE = 'kokuho_app';

export function defaultDataDir(): string {
  return resolve(process.env.KOKUHO_DATA ?? '.kokuho');
}

export async function openDatabase(opts: OpenOptions = {}): Promise<KokuhoDb> {
  const url = opts.url ?? (process.env.DATABASE_URL || undefined);
  let engine: Engine;
  let dialect: PostgresDialect;
  if (url) {
    engine = 'postgres';
    const types = {
      getTypeParser: (oid: number, format?: unknown) =>
        oid === OID.int8 ? parseInt8 : oid === OID.date ? identity : pg.types.getTypeParser(oid, format as 'text'),
    };
    dialect = new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 8, types }) });
  } else {
    engine = 'pglite';
    const dir = opts.dataDir ?? join(defaultDataDir(), 'pgdata');
    if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
    const pglite = await PGlite.create(dir, {
      parsers: { [OID.int8]: parseInt8, [OID.date]: identity },
    });
    dialect = new PostgresDialect({ pool: new PGlitePool(pglite) as unknown as pg.Pool });
  }
  const db = new Kysely<Schema>({ dialect });
  if (opts.migrate !== false) await migrateToLatest(db);
  return {
    engine,
    db,
    withFederation: (federation, fn) => {
      // The code goes into set_config as a bound parameter; checking it here too keeps a bad
      // value from ever reaching the policy as an empty tenant.
      if (!isPrefectureCode(federation)) throw new RangeError(`not a federation code: ${federation}`);
      return db.transaction().execute(async (trx) => {
        await sql`select set_config('kokuho.federation', ${federation}, true)`.execute(trx);
        await sql.raw(`set local role ${APP_ROLE}`).execute(trx);
        return fn(trx);
      });
    },
    close: () => db.destroy(),
  };
}
