/** A server on a fresh in-memory database, driven with inject (no port). */
import { Writable } from 'node:stream';
import { createTestDatabase, type Engine, type TestDatabase } from '@kokuho/store';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './server.ts';

export interface TestServer {
  k: TestDatabase;
  app: FastifyInstance;
  /** Every log line the server wrote. */
  logs: string[];
  close(): Promise<void>;
}

export async function startTestServer(engine: Engine = 'pglite', maxFileBytes?: number): Promise<TestServer> {
  const k = await createTestDatabase(engine);
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const app = buildServer({ k, logger: { level: 'debug', stream }, ...(maxFileBytes ? { maxFileBytes } : {}) });
  await app.ready();
  return {
    k,
    app,
    logs,
    close: async () => {
      await app.close();
      await k.dispose();
    },
  };
}

export function upload(app: FastifyInstance, o: { secret?: string; month?: string; query?: string; bytes: Uint8Array | string; name?: string }) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/claim-files?${o.query ?? `month=${o.month ?? '2025-05'}`}`,
    headers: {
      'content-type': 'application/octet-stream',
      ...(o.secret === undefined ? {} : { authorization: `Bearer ${o.secret}` }),
      ...(o.name === undefined ? {} : { 'x-file-name': o.name }),
    },
    payload: typeof o.bytes === 'string' ? Buffer.from(o.bytes, 'latin1') : Buffer.from(o.bytes),
  });
}
