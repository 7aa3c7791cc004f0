/**
 * The API's OpenAPI 3 document, built by @fastify/swagger from the routes' schemas, and its browsable
 * form by @fastify/swagger-ui at /api/docs (JSON at /api/docs/json). The UI's scripts and styles are
 * served from the package itself, so the documentation works without a network.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from './routes/session.ts';

export const DOCS_PREFIX = '/api/docs';

export const OPENAPI_TAGS = [
  { name: 'system', description: '稼働確認' },
  { name: 'claim-files', description: 'オンライン請求（医療機関からのレセプトファイル送信）' },
  { name: 'check', description: '送信前の点検（医療機関向け）' },
  { name: 'session', description: '画面のログイン・ログアウト' },
  { name: 'review', description: '審査（振分された請求の一覧・レセプトの表示・判断）' },
  { name: 'corrections', description: '過誤・再審査・取下げ・再請求の申出と決定' },
] as const;

export type OpenApiTag = (typeof OPENAPI_TAGS)[number]['name'];

/** Registers the document and the UI; call before the routes are declared (the document is built from them as they are). */
export function registerOpenApi(app: FastifyInstance): void {
  void app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'kokuho API',
        version: '0.1.0',
        description: '国保連合会 審査支払システムの HTTP API。医療機関はアクセストークン（Bearer）で請求ファイルを送信・点検し、'
          + '連合会の職員はログインしたセッション（Cookie）で審査の画面を使います。エラーはすべて `{ error: { code, message } }` の形で返します。',
      },
      tags: [...OPENAPI_TAGS],
      components: {
        securitySchemes: {
          sessionCookie: {
            type: 'apiKey', in: 'cookie', name: SESSION_COOKIE,
            description: 'POST /api/v1/session で受け取る HttpOnly・SameSite=Strict のセッション Cookie（連合会の職員）',
          },
          providerToken: {
            type: 'http', scheme: 'bearer',
            description: '`kokuho tokens issue` で発行する医療機関のアクセストークン（Authorization: Bearer <トークン>）',
          },
        },
      },
    },
  });
  void app.register(swaggerUi, { routePrefix: DOCS_PREFIX, uiConfig: { docExpansion: 'list', deepLinking: true } });
}
