/**
 * /api/docs: the OpenAPI 3 document lists exactly the routes the server has (collected as they are
 * declared), each with a Japanese summary, tags and its authentication; the browsable UI is served
 * with its own scripts and styles, so it works without a network.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase, type TestDatabase } from '@kokuho/store';
import { DOCS_PREFIX } from './openapi.ts';
import { SESSION_COOKIE } from './routes/session.ts';
import { buildServer } from './server.ts';

let k: TestDatabase;
let app: FastifyInstance;
const declared: { method: string; url: string }[] = [];

before(async () => {
  k = await createTestDatabase('pglite');
  app = buildServer({ k });
  // the routes are declared when the server gets ready: a hook added now sees every one of them
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) declared.push({ method, url: r.url });
  });
  await app.ready();
});
after(async () => {
  await app?.close();
  await k?.dispose();
});

interface Operation { summary?: string; tags?: string[]; security?: Record<string, string[]>[]; responses?: object; requestBody?: { content: Record<string, { schema: Record<string, unknown> }> } }

test('GET /api/docs/json: an OpenAPI 3 document of every route of the API', async () => {
  const r = await app.inject({ method: 'GET', url: `${DOCS_PREFIX}/json` });
  assert.equal(r.statusCode, 200);
  const doc = r.json() as { openapi: string; tags: { name: string }[]; paths: Record<string, Record<string, Operation>>; components: { securitySchemes: Record<string, Record<string, string>> } };
  assert.match(doc.openapi, /^3\./);

  const api = declared.filter((d) => d.url.startsWith('/api/') && !d.url.startsWith(DOCS_PREFIX) && d.method !== 'HEAD')
    .map((d) => `${d.method.toLowerCase()} ${d.url.replace(/:(\w+)/g, '{$1}')}`);
  assert.ok(api.includes('post /api/v1/review/bulk-confirm') && api.includes('get /api/v1/review/claims/{fileId}/{seq}') && api.length >= 11, api.join('\n'));
  const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
  assert.deepEqual(documented.sort(), [...new Set(api)].sort());

  const tags = doc.tags.map((t) => t.name);
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const what = `${method} ${path}`;
      assert.match(op.summary ?? '', /[ぁ-んァ-ヶ一-龠]/, `${what}: a Japanese summary`);
      assert.ok(op.tags?.length && op.tags.every((t) => tags.includes(t)), `${what}: tags`);
      assert.ok(Object.keys(op.responses ?? {}).length > 0, `${what}: responses`);
      const auth = (op.security ?? []).flatMap((s) => Object.keys(s));
      const expected = path.startsWith('/api/v1/review/') || path.startsWith('/api/v1/corrections') || (path === '/api/v1/session' && method !== 'post') ? ['sessionCookie']
        : path === '/api/v1/claim-files' || path === '/api/v1/check' ? ['providerToken'] : [];
      assert.deepEqual(auth, expected, `${what}: security`);
    }
  }
  assert.deepEqual(doc.components.securitySchemes.sessionCookie, { ...doc.components.securitySchemes.sessionCookie, type: 'apiKey', in: 'cookie', name: SESSION_COOKIE });
  assert.deepEqual(doc.components.securitySchemes.providerToken, { ...doc.components.securitySchemes.providerToken, type: 'http', scheme: 'bearer' });
  // bodies: the UKE bytes of an upload, the JSON of a bulk confirmation
  assert.deepEqual(Object.keys(doc.paths['/api/v1/claim-files']!.post!.requestBody!.content), ['application/octet-stream']);
  const bulk = doc.paths['/api/v1/review/bulk-confirm']!.post!.requestBody!.content['application/json']!.schema as { required: string[]; properties: { items: { maxItems: number } } };
  assert.deepEqual([bulk.required, bulk.properties.items.maxItems], [['month', 'items'], 500]);
});

test('GET /api/docs: the browsable documentation, served with its own scripts and styles', async () => {
  let r = await app.inject({ method: 'GET', url: DOCS_PREFIX });
  let url = DOCS_PREFIX;
  if (r.statusCode === 302) {
    url = new URL(String(r.headers.location), `http://localhost${url}`).pathname;
    r = await app.inject({ method: 'GET', url });
  }
  assert.equal(r.statusCode, 200);
  assert.match(String(r.headers['content-type']), /^text\/html/);
  assert.match(r.body, /<div id="swagger-ui">/);
  const assets = [...r.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  assert.ok(assets.some((a) => a.endsWith('.js')) && assets.some((a) => a.endsWith('.css')), assets.join(' '));
  for (const asset of assets) {
    assert.doesNotMatch(asset, /^(https?:)?\/\//, `${asset}: nothing from the network`);
    const res = await app.inject({ method: 'GET', url: new URL(asset, `http://localhost${url}`).pathname });
    assert.equal(res.statusCode, 200, asset);
  }
});
