/**
 * Logging in to the screens: a session cookie (HttpOnly, SameSite=Strict) after a right password,
 * the same 401 for a wrong password and an unknown login, who is logged in, and logging out.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createAccount } from '@kokuho/store/accounts';
import { startTestServer, type TestServer } from './api.test-support.ts';

let s: TestServer;
before(async () => {
  s = await startTestServer();
  await createAccount(s.k, { federation: '13', login: 'sato', displayName: '佐藤 花子', role: 'committee-reviewer', password: 'correct horse battery' });
});
after(() => s.close());

const login = (body: unknown) => s.app.inject({ method: 'POST', url: '/api/v1/session', payload: body as object });

test('log in, see who is logged in, log out', async () => {
  const r = await login({ federation: '13', login: 'sato', password: 'correct horse battery' });
  assert.equal(r.statusCode, 201, r.body);
  assert.deepEqual(r.json().account, { federation: '13', login: 'sato', displayName: '佐藤 花子', role: 'committee-reviewer', roleLabel: '審査委員' });
  const setCookie = String(r.headers['set-cookie']);
  assert.match(setCookie, /^kokuho_session=ks_13_[A-Za-z0-9_-]{43};/);
  assert.match(setCookie, /HttpOnly/);
  assert.match(setCookie, /SameSite=Strict/);
  const cookie = setCookie.split(';')[0]!;

  const me = await s.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
  assert.equal(me.statusCode, 200);
  assert.equal(me.json().account.login, 'sato');

  const out = await s.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie } });
  assert.equal(out.statusCode, 204);
  const after = await s.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
  assert.equal(after.statusCode, 401);
  assert.equal(after.json().error.code, 'NOT_LOGGED_IN');
  // The password never reaches the log.
  assert.ok(!s.logs.join('').includes('correct horse'));
});

test('a wrong password, an unknown login and another federation all answer the same 401; a bad body 400', async () => {
  for (const body of [
    { federation: '13', login: 'sato', password: 'wrong password!!' },
    { federation: '13', login: 'nobody', password: 'correct horse battery' },
    { federation: '27', login: 'sato', password: 'correct horse battery' },
  ]) {
    const r = await login(body);
    assert.equal(r.statusCode, 401, JSON.stringify(body));
    assert.equal(r.json().error.code, 'LOGIN_FAILED');
    assert.equal(r.headers['set-cookie'], undefined);
  }
  assert.equal((await login({ login: 'sato', password: 'x' })).statusCode, 400);
  assert.equal((await s.app.inject({ method: 'GET', url: '/api/v1/session' })).statusCode, 401);
});
