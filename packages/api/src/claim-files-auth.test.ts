/**
 * The HTTP layer of POST /api/v1/claim-files: authentication, parameters, body, error shape and
 * logging. Nothing here needs registries: every request is answered before or regardless of them.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { issueApiToken, revokeApiToken } from '@kokuho/store/api-tokens';
import { startTestServer, upload, type TestServer } from './api.test-support.ts';

let s: TestServer;
let secret: string;
let tokenId: string;
before(async () => {
  s = await startTestServer();
  ({ secret, tokenId } = await issueApiToken(s.k, { federation: '13', provider: '1310000017', label: 'test' }));
});
after(() => s.close());

const errorOf = (body: string): { code: string; message: string } => JSON.parse(body).error;

test('health answers 200 without a token', async () => {
  const r = await s.app.inject({ method: 'GET', url: '/api/v1/health' });
  assert.equal(r.statusCode, 200);
  assert.deepEqual(r.json(), { status: 'ok', engine: 'pglite' });
});

test('401 without a token, with a malformed, an unknown and a revoked token; JSON error in Japanese', async () => {
  const none = await upload(s.app, { bytes: 'IR' });
  assert.equal(none.statusCode, 401);
  assert.equal(errorOf(none.body).code, 'UNAUTHENTICATED');
  assert.match(errorOf(none.body).message, /認証が必要です/);
  assert.equal(none.headers['www-authenticate'], 'Bearer');
  assert.match(String(none.headers['content-type']), /application\/json/);

  const basic = await s.app.inject({ method: 'POST', url: '/api/v1/claim-files?month=2025-05', headers: { authorization: `Basic ${secret}` } });
  assert.equal(basic.statusCode, 401);

  for (const bad of ['kk_short', `kk_${'A'.repeat(43)}`, secret.slice(3)]) {
    const r = await upload(s.app, { secret: bad, bytes: 'IR' });
    assert.equal(r.statusCode, 401, bad);
    assert.equal(errorOf(r.body).code, 'INVALID_TOKEN');
  }

  const other = await issueApiToken(s.k, { federation: '13', provider: '1310000025' });
  assert.equal(await revokeApiToken(s.k, other.tokenId), true);
  const revoked = await upload(s.app, { secret: other.secret, bytes: 'IR' });
  assert.equal(revoked.statusCode, 401);
  assert.equal(errorOf(revoked.body).code, 'INVALID_TOKEN');
});

test('400 for a missing or malformed month, a bad replace flag or file name; 400 for an empty body', async () => {
  for (const query of ['', 'month=2025-13', 'month=202505', 'month=2025-5', 'month=2025-05&month=2025-06', 'month=2025-05-01']) {
    const r = await upload(s.app, { secret, query, bytes: 'IR' });
    assert.equal(r.statusCode, 400, query);
    assert.equal(errorOf(r.body).code, 'BAD_MONTH', query);
    assert.match(errorOf(r.body).message, /YYYY-MM/);
  }
  const rep = await upload(s.app, { secret, query: 'month=2025-05&replace=yes', bytes: 'IR' });
  assert.equal(errorOf(rep.body).code, 'BAD_REPLACE');
  const name = await upload(s.app, { secret, bytes: 'IR', name: '../etc/passwd' });
  assert.equal(errorOf(name.body).code, 'BAD_FILE_NAME');
  const empty = await upload(s.app, { secret, bytes: '' });
  assert.equal(empty.statusCode, 400);
  assert.equal(errorOf(empty.body).code, 'EMPTY_BODY');
});

test('415 unless the body is raw bytes (application/octet-stream)', async () => {
  for (const type of ['text/plain', 'application/json', 'application/x-www-form-urlencoded']) {
    const r = await s.app.inject({
      method: 'POST',
      url: '/api/v1/claim-files?month=2025-05',
      headers: { authorization: `Bearer ${secret}`, 'content-type': type },
      payload: type === 'application/json' ? '{}' : 'IR,2,13',
    });
    assert.equal(r.statusCode, 415, type);
    assert.equal(errorOf(r.body).code, 'UNSUPPORTED_MEDIA_TYPE', type);
  }
});

test('404 in the same JSON shape', async () => {
  const r = await s.app.inject({ method: 'GET', url: '/api/v1/nothing' });
  assert.equal(r.statusCode, 404);
  assert.equal(errorOf(r.body).code, 'NOT_FOUND');
});

test('an unreadable file is refused with 422 and its 受付エラー; the log holds neither the secret nor the body', async () => {
  const marker = 'IR,2,13,1,9999999,,患者氏名入りの本文';
  const r = await upload(s.app, { secret, bytes: Buffer.from(marker, 'utf8'), name: encodeURIComponent('外来分.UKE') });
  assert.equal(r.statusCode, 422, r.body);
  const body = r.json();
  assert.equal(body.error.code, 'FILE_REFUSED');
  assert.equal(body.status, 'refused');
  assert.equal(body.file, '外来分.UKE');
  assert.ok(body.errors.length > 0);
  const log = s.logs.join('');
  assert.match(log, /claim file received/);
  assert.ok(log.includes(tokenId), 'the token id is logged, to trace who uploaded');
  assert.ok(!log.includes(secret), 'the secret is never logged');
  assert.ok(!log.includes(secret.slice(3, 20)));
  assert.ok(!log.includes('患者氏名'), 'the body is never logged');
});
