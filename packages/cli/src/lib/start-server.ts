/**
 * Starts the HTTP API (and the review screens when built or buildable) on a database handle, for
 * `kokuho serve` and `kokuho demo`, and waits for Ctrl+C / SIGTERM before closing it: requests in
 * flight finish before the caller closes the database.
 */
import type { KokuhoDb } from '@kokuho/store';
import { UsageError } from '../usage-error.ts';

export interface StartedServer {
  url: string;
  /** Resolves after SIGINT or SIGTERM, once the server has closed. */
  stopped: Promise<void>;
}

export async function startServer(k: KokuhoDb, o: { port: number; host: string; screens: boolean; logLevel?: string | false }): Promise<StartedServer> {
  // Loaded here, not at the top: other commands should not pay for starting fastify.
  const { buildServer, ensureWebBuilt } = await import('@kokuho/api');
  const webRoot = o.screens ? await ensureWebBuilt() : undefined;
  const app = buildServer({ k, logger: o.logLevel === false ? false : { level: o.logLevel ?? 'info' }, ...(webRoot ? { webRoot } : {}) });
  const stopped = new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      void app.close().then(() => resolve());
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  try {
    await app.listen({ port: o.port, host: o.host });
  } catch (e) {
    await app.close();
    throw new UsageError(`起動できません（${o.host}:${o.port}）: ${e instanceof Error ? e.message : String(e)}`);
  }
  const addr = app.server.address();
  const shown = typeof addr === 'object' && addr ? `${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}` : `${o.host}:${o.port}`;
  return { url: `http://${shown}/`, stopped };
}

export function portOption(v: string): number {
  const port = Number(v);
  if (!/^\d+$/.test(v) || port > 65535) throw new UsageError(`--port は0〜65535の整数で指定してください: ${v}`);
  return port;
}
