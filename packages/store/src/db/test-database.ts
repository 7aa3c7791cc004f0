/**
 * Fresh databases for tests: an in-memory PGlite, and, when DATABASE_URL is set, a new
 * PostgreSQL database created for the test and dropped afterwards.
 */
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { openDatabase, type Engine, type KokuhoDb } from './database.ts';

export function testEngines(): Engine[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase extends KokuhoDb {
  /** postgres://… of the test's own database (PostgreSQL only): for a child process to open it too */
  url?: string;
  dispose(): Promise<void>;
}

export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const k = await openDatabase({ dataDir: 'memory://', url: '' });
    return { ...k, dispose: () => k.close() };
  }
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('DATABASE_URL is not set');
  const name = `kokuho_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const k = await openDatabase({ url: url.toString() });
  return {
    ...k,
    url: url.toString(),
    dispose: async () => {
      await k.close();
      const a = new pg.Client({ connectionString: base });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
