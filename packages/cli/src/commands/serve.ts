/**
 * `kokuho serve [--port 8080] [--host 127.0.0.1]`: runs the HTTP API (オンライン請求) on the
 * database of DATABASE_URL or the embedded one. Logs are JSON lines on stdout (pino); LOG_LEVEL
 * changes the level. Binds to 127.0.0.1 unless told otherwise: expose it through a TLS proxy.
 */
import type { Command } from 'commander';
import { openDatabase } from '@kokuho/store';
import { UsageError } from '../usage-error.ts';

export function register(program: Command): void {
  program
    .command('serve')
    .description('HTTP API（オンライン請求の受付）を起動する')
    .option('--port <n>', 'ポート番号', '8080')
    .option('--host <addr>', '待ち受けるアドレス', '127.0.0.1')
    .action(async (opts: { port: string; host: string }) => {
      const port = Number(opts.port);
      if (!/^\d+$/.test(opts.port) || port > 65535) throw new UsageError(`--port は0〜65535の整数で指定してください: ${opts.port}`);
      // Loaded here, not at the top: other commands should not pay for starting fastify.
      const { buildServer } = await import('@kokuho/api');
      const k = await openDatabase();
      const app = buildServer({ k, logger: { level: process.env.LOG_LEVEL ?? 'info' } });
      let stopping = false;
      const stop = async (): Promise<void> => {
        if (stopping) return;
        stopping = true;
        await app.close(); // finishes requests in flight before the database goes
        await k.close();
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      try {
        await app.listen({ port, host: opts.host });
      } catch (e) {
        await stop();
        throw new UsageError(`起動できません（${opts.host}:${port}）: ${e instanceof Error ? e.message : String(e)}`);
      }
      const addr = app.server.address();
      const shown = typeof addr === 'object' && addr ? `${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}` : `${opts.host}:${port}`;
      console.error(`kokuho API を起動しました: http://${shown}/api/v1/ （データベース: ${k.engine}、Ctrl+C で停止）`);
    });
}
