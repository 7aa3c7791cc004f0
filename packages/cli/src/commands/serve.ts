/**
 * `kokuho serve [--port 8080] [--host 127.0.0.1] [--no-screens]`: runs the HTTP API (オンライン請求,
 * 審査) and the review screens on the database of DATABASE_URL or the embedded one. Logs are JSON
 * lines on stdout (pino); LOG_LEVEL changes the level. Binds to 127.0.0.1 unless told otherwise:
 * expose it through a TLS proxy.
 */
import type { Command } from 'commander';
import { openDatabase } from '@kokuho/store';
import { portOption, startServer } from '../lib/start-server.ts';

export function register(program: Command): void {
  program
    .command('serve')
    .description('HTTP API（オンライン請求の受付・審査）と審査画面を起動する')
    .option('--port <n>', 'ポート番号', '8080')
    .option('--host <addr>', '待ち受けるアドレス', '127.0.0.1')
    .option('--no-screens', '審査画面を出さず API だけを起動する')
    .action(async (opts: { port: string; host: string; screens: boolean }) => {
      const port = portOption(opts.port);
      const k = await openDatabase();
      try {
        const s = await startServer(k, { port, host: opts.host, screens: opts.screens, logLevel: process.env.LOG_LEVEL ?? 'info' });
        const screens = opts.screens ? `審査画面 ${s.url} 、` : '';
        console.error(`kokuho API を起動しました: ${s.url}api/v1/ （${screens}API の説明 ${s.url}api/docs 、データベース: ${k.engine}、Ctrl+C で停止）`);
        await s.stopped;
      } finally {
        await k.close();
      }
    });
}
