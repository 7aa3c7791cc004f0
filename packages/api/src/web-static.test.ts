/**
 * The review screens served by the API server (webRoot): index.html on '/' and on every screen
 * path, the built assets with a long cache, a missing file and every unknown /api path still the
 * JSON 404; without webRoot nothing is served on '/'.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { KokuhoDb } from '@kokuho/store';
import { buildServer } from './server.ts';
import { defaultWebRoot, isWebBuilt, WEB_PACKAGE_DIR } from './web-static.ts';

let dir: string;
let app: FastifyInstance;
// no route here reaches the database
const k = {} as KokuhoDb;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kokuho-web-root-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>画面審査</title><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  app = buildServer({ k, webRoot: dir });
  await app.ready();
});
after(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

test('index.html on / and on the screens\' paths, not cached, with the security headers', async () => {
  for (const url of ['/', '/index.html', '/claims/12/3', '/items?month=2025-05']) {
    const r = await app.inject({ method: 'GET', url });
    assert.equal(r.statusCode, 200, url);
    assert.match(String(r.headers['content-type']), /text\/html/, url);
    assert.match(r.body, /画面審査/, url);
    assert.equal(r.headers['cache-control'], 'no-cache', url);
    assert.match(String(r.headers['content-security-policy']), /default-src 'self'/, url);
    assert.equal(r.headers['x-content-type-options'], 'nosniff', url);
  }
});

test('hashed assets are cached for a year; a missing file is the JSON 404', async () => {
  const js = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
  assert.equal(js.statusCode, 200);
  assert.match(String(js.headers['content-type']), /javascript/);
  assert.match(String(js.headers['cache-control']), /max-age=31536000.*immutable/);
  for (const url of ['/assets/gone-123.js', '/favicon.ico', '/../package.json', '/assets/%2e%2e/%2e%2e/package.json']) {
    const r = await app.inject({ method: 'GET', url });
    assert.equal(r.statusCode, 404, url);
    assert.equal(r.json().error.code, 'NOT_FOUND', url);
  }
});

test('/api paths keep the JSON 404 and the API still answers', async () => {
  for (const url of ['/api', '/api/', '/api/v1/nothing', '/api/v2/review/items']) {
    const r = await app.inject({ method: 'GET', url });
    assert.equal(r.statusCode, 404, url);
    assert.deepEqual(Object.keys(r.json()), ['error'], url);
  }
  const noSession = await app.inject({ method: 'GET', url: '/api/v1/session' });
  assert.equal(noSession.statusCode, 401);
  assert.equal(noSession.json().error.code, 'NOT_LOGGED_IN');
  const post = await app.inject({ method: 'POST', url: '/claims/1/2' });
  assert.equal(post.statusCode, 404);
});

test('without webRoot nothing is served on /', async () => {
  const bare = buildServer({ k });
  await bare.ready();
  const r = await bare.inject({ method: 'GET', url: '/' });
  assert.equal(r.statusCode, 404);
  assert.equal(r.json().error.code, 'NOT_FOUND');
  await bare.close();
});

test('the default webRoot is packages/web/dist', () => {
  assert.equal(defaultWebRoot(), join(WEB_PACKAGE_DIR, 'dist'));
  assert.match(WEB_PACKAGE_DIR, /packages[/\\]web$/);
  assert.equal(isWebBuilt(dir), true);
  assert.equal(isWebBuilt(join(dir, 'assets')), false);
});
