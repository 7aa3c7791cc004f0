/**
 * The review screens (packages/web) served by the API server: the built files of webRoot on '/',
 * and index.html for every other path that is not under /api/ and names no file (the screens route
 * in the browser). /api/* keeps the JSON 404. index.html is never cached; Vite's hashed assets are
 * cached for a year. Also: where the built UI lives by default, and building it with Vite.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ApiError } from './api-errors.ts';

/** packages/web: the UI's sources (Vite root). */
export const WEB_PACKAGE_DIR = fileURLToPath(new URL('../../web', import.meta.url));

/** Where `vite build` of packages/web writes (git-ignored): the default webRoot. */
export function defaultWebRoot(): string {
  return join(WEB_PACKAGE_DIR, 'dist');
}

/** Whether webRoot holds a built UI. */
export function isWebBuilt(webRoot = defaultWebRoot()): boolean {
  return existsSync(join(webRoot, 'index.html'));
}

/**
 * Builds the UI with Vite (a development dependency of packages/web, so not in a production
 * install: build where the sources are and ship dist/). Returns the output directory.
 */
export async function buildWeb(o: { outDir?: string } = {}): Promise<string> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new Error('画面（packages/web）のビルドには vite が必要です（npm install を実行してください）');
  }
  const outDir = o.outDir ?? defaultWebRoot();
  await vite.build({ root: WEB_PACKAGE_DIR, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** Builds the UI unless webRoot is newer than every source of packages/web (src/, index.html, vite.config.ts). */
export async function ensureWebBuilt(webRoot = defaultWebRoot()): Promise<string> {
  const index = join(webRoot, 'index.html');
  if (existsSync(index)) {
    const built = statSync(index).mtimeMs;
    const newest = Math.max(newestMtime(join(WEB_PACKAGE_DIR, 'src')), ...['index.html', 'vite.config.ts'].map((f) => newestMtime(join(WEB_PACKAGE_DIR, f))));
    if (newest <= built) return webRoot;
  }
  return buildWeb({ outDir: webRoot });
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((n) => newestMtime(join(path, n))));
}

/** Headers of every response of the screens: no framing, no inline script, nothing from elsewhere. */
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
} as const;

const HIDDEN: Record<string, unknown> = { hide: true };

/** Registers the screens of webRoot (call before the API's own not-found handler is relied on). */
export function serveWeb(app: FastifyInstance, webRoot: string): void {
  // In its own context, so that reply.sendFile does not clash with another @fastify/static (swagger-ui).
  void app.register(async (web) => {
    await web.register(fastifyStatic, { root: webRoot, serve: false });
    web.addHook('onSend', async (_req, reply) => {
      reply.headers(SECURITY_HEADERS);
    });
    const index = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
    web.route({
      method: ['GET', 'HEAD'],
      url: '/*',
      // not an API route: kept out of the OpenAPI document
      schema: HIDDEN,
      handler: (req, reply) => {
        const path = (req.url.split('?')[0] ?? '/').replace(/\/+$/, '') || '/';
        if (path === '/api' || path.startsWith('/api/')) throw new ApiError('NOT_FOUND');
        const last = path.slice(path.lastIndexOf('/') + 1);
        if (!last.includes('.')) return index(reply);
        if (last === 'index.html') return index(reply);
        // a missing file falls through to the server's JSON 404
        const hashed = path.startsWith('/assets/');
        return reply.sendFile(decodeURIComponent(path.slice(1)), hashed ? { maxAge: 365 * 24 * 3600 * 1000, immutable: true } : { maxAge: 0 });
      },
    });
  });
}
