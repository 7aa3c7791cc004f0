/**
 * Pieces of the routes' schemas (OpenAPI 3, via @fastify/swagger). Response schemas also drive
 * fastify's serializer, which drops what a schema does not list: every response here lets any
 * property through (the handlers' answers are the contract, described in words), so documenting a
 * route never changes what it answers.
 */
import type { SwaggerTransform } from '@fastify/swagger';
import type { ApiErrorCode } from './api-errors.ts';

export const MONTH_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])$';

/** Security requirements of an operation (names of openapi.ts securitySchemes). */
export const SESSION_AUTH = [{ sessionCookie: [] }];
export const TOKEN_AUTH = [{ providerToken: [] }];

export const month = (description = '診療年月（YYYY-MM）') => ({ type: 'string', pattern: MONTH_PATTERN, description, examples: ['2025-05'] }) as const;

/** A JSON answer, described but not restricted. */
export const answer = (description: string) => ({ description, type: 'object', additionalProperties: true }) as const;

/** The body every error has: `{ error: { code, message } }`, with the codes this operation may answer. */
export const failure = (description: string, ...codes: ApiErrorCode[]) => ({
  description: `${description}（${codes.join(' / ')}）`,
  type: 'object',
  additionalProperties: true,
  properties: {
    error: {
      type: 'object', additionalProperties: true,
      properties: { code: { type: 'string', enum: codes }, message: { type: 'string' } },
    },
  },
}) as const;

/** Errors of every route that needs a session (requireSession, then the role). */
export const sessionFailures = {
  401: failure('ログインしていません', 'NOT_LOGGED_IN'),
  403: failure('役割にこの操作の権限がありません', 'NOT_ALLOWED'),
} as const;

/** Errors of every route that needs a provider's token (authenticate). */
export const tokenFailures = {
  401: failure('トークンがないか無効です', 'UNAUTHENTICATED', 'INVALID_TOKEN'),
  403: failure('医療機関のトークンではありません', 'FORBIDDEN'),
} as const;

/**
 * The UKE bytes of an upload, for the document only (route config `swaggerTransform`): a body
 * schema would have fastify validate the parsed upload (a temporary file) against it.
 */
export const octetStreamBody = (description: string): SwaggerTransform => ({ schema, url }) => ({
  schema: { ...schema, body: { type: 'string', format: 'binary', description } } as typeof schema,
  url,
});

/** Path parameters of one claim. */
export const claimParams = {
  type: 'object',
  required: ['fileId', 'seq'],
  properties: {
    fileId: { type: 'string', pattern: '^\\d{1,15}$', description: '受付ファイルの番号（file_id）' },
    seq: { type: 'string', pattern: '^\\d{1,9}$', description: 'ファイル内のレセプトの順番（seq）' },
  },
} as const;
