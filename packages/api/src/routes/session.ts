/**
 * Logging in and out of the web screens (issue 5): POST /api/v1/session with
 * `{federation, login, password}` opens a session and sets it in an HttpOnly, SameSite=Strict
 * cookie; GET answers who is logged in; DELETE logs out. The cookie holds a random secret whose
 * hash alone is stored (store/accounts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ROLES } from '@kokuho/core/accounts';
import { isPrefectureCode } from '@kokuho/core/common';
import type { KokuhoDb } from '@kokuho/store';
import { checkPassword, closeSession, openSession, sessionAccount, SESSION_HOURS, type Account } from '@kokuho/store/accounts';
import { ApiError } from '../api-errors.ts';
import { answer, failure, SESSION_AUTH } from '../route-schemas.ts';

export const SESSION_COOKIE = 'kokuho_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by requireSession(): the logged-in account, the only source of the request's federation. */
    account: Account | undefined;
  }
}

export interface SessionOptions {
  /** Mark the cookie Secure (behind TLS; off for local http://127.0.0.1). */
  secureCookies?: boolean;
}

const publicAccount = (a: Account) => ({
  federation: a.federation, login: a.login, displayName: a.displayName, role: a.role, roleLabel: ROLES[a.role].label,
  ...(a.insurerNumber ? { insurerNumber: a.insurerNumber } : {}), ...(a.providerCode ? { providerCode: a.providerCode } : {}),
});

/** onRequest hook of every route of the screens: 401 without a live session. */
export function requireSession(k: KokuhoDb) {
  return async (req: FastifyRequest): Promise<void> => {
    const secret = req.cookies[SESSION_COOKIE];
    const account = secret ? await sessionAccount(k, secret) : undefined;
    if (!account) throw new ApiError('NOT_LOGGED_IN');
    req.account = account;
  };
}

const account = answer('ログイン中のアカウント: `{ account: { federation, login, displayName, role, roleLabel, insurerNumber?, providerCode? } }`');

const schemas = {
  login: {
    summary: 'ログイン（セッションを開始し、Cookie を設定）',
    tags: ['session'],
    body: {
      type: 'object',
      required: ['federation', 'login', 'password'],
      properties: {
        federation: { type: 'string', pattern: '^\\d{2}$', description: '連合会（都道府県番号2桁）', examples: ['13'] },
        login: { type: 'string', description: 'ログイン名' },
        password: { type: 'string', format: 'password' },
      },
    },
    response: {
      201: { ...account, description: `ログインしました（Set-Cookie: ${SESSION_COOKIE}）。${account.description}` },
      400: failure('JSON の形が違います', 'BAD_LOGIN_REQUEST'),
      401: failure('連合会・ログイン名・パスワードのいずれかが違います', 'LOGIN_FAILED'),
    },
  },
  current: {
    summary: 'ログイン中のアカウント',
    tags: ['session'],
    security: SESSION_AUTH,
    response: { 200: account, 401: failure('ログインしていません', 'NOT_LOGGED_IN') },
  },
  logout: {
    summary: 'ログアウト（セッションを閉じ、Cookie を消去）',
    tags: ['session'],
    security: SESSION_AUTH,
    response: { 204: { description: 'ログアウトしました（セッションがなくても 204）' } },
  },
};

export function sessionRoutes(app: FastifyInstance, k: KokuhoDb, opts: SessionOptions = {}): void {
  app.decorateRequest('account', undefined);
  const cookie = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: opts.secureCookies ?? false };

  app.post('/api/v1/session', { schema: schemas.login, config: { invalid: { body: 'BAD_LOGIN_REQUEST' } } }, async (req: FastifyRequest<{ Body: unknown }>, reply: FastifyReply) => {
    const b = req.body as { federation?: unknown; login?: unknown; password?: unknown } | undefined;
    if (!b || typeof b.federation !== 'string' || !isPrefectureCode(b.federation) || typeof b.login !== 'string' || typeof b.password !== 'string') {
      throw new ApiError('BAD_LOGIN_REQUEST');
    }
    const account = await checkPassword(k, b.federation, b.login, b.password);
    if (!account) {
      req.log.info({ federation: b.federation, login: b.login }, 'login failed');
      throw new ApiError('LOGIN_FAILED');
    }
    const { secret } = await openSession(k, account);
    req.log.info({ federation: account.federation, accountId: account.accountId }, 'logged in');
    return reply.code(201).setCookie(SESSION_COOKIE, secret, { ...cookie, maxAge: SESSION_HOURS * 3600 }).send({ account: publicAccount(account) });
  });

  app.get('/api/v1/session', { onRequest: requireSession(k), schema: schemas.current }, async (req) => ({ account: publicAccount(req.account!) }));

  app.delete('/api/v1/session', { schema: schemas.logout }, async (req, reply) => {
    const secret = req.cookies[SESSION_COOKIE];
    if (secret) await closeSession(k, secret);
    return reply.code(204).clearCookie(SESSION_COOKIE, cookie).send();
  });
}
