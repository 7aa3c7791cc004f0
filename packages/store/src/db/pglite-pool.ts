/**
 * Presents one PGlite instance as the `pg.Pool` that Kysely's PostgresDialect expects, so that
 * both engines share one dialect, one compiler and one set of queries.
 * PGlite is a single connection: `connect()` hands it out to one holder at a time, which keeps
 * a transaction's statements together when several callers run concurrently.
 */
import type { PGlite } from '@electric-sql/pglite';

interface PoolClientLike {
  query(sql: string, params: readonly unknown[]): Promise<{ command: string; rowCount: number; rows: unknown[] }>;
  release(): void;
}

export class PGlitePool {
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly pglite: PGlite) {}

  connect(): Promise<PoolClientLike> {
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    const acquired = this.queue.then(() => this.client(release));
    this.queue = this.queue.then(() => released);
    return acquired;
  }

  private client(release: () => void): PoolClientLike {
    const pglite = this.pglite;
    return {
      async query(sql, params) {
        const r = await pglite.query(sql, params as unknown[]);
        return { command: commandOf(sql), rowCount: r.affectedRows ?? 0, rows: r.rows };
      },
      release,
    };
  }

  async end(): Promise<void> {
    await this.queue;
    await this.pglite.close();
  }
}

function commandOf(sql: string): string {
  const m = /^\s*(?:with\b[\s\S]*?\)\s*)?(insert|update|delete|merge|select)\b/i.exec(sql);
  return m ? m[1]!.toUpperCase() : '';
}
