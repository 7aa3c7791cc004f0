/**
 * POST /api/v1/claim-files?month=YYYY-MM[&replace=true] — オンライン請求 of one UKE file.
 * The body is the file's bytes as sent (CP932, CRLF); the federation and the provider come from the
 * token alone, never from the request, so a provider can only file its own claims with its own
 * federation. Status: 201 accepted (stored), 200 duplicate (these bytes were already received:
 * nothing new stored, so a client may safely resend after a lost answer), 422 refused (受付エラー in
 * `errors`). Each answer carries the FileIntakeResult.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isValidIsoDate } from '@kokuho/core/common';
import type { KokuhoDb } from '@kokuho/store';
import { IntakeError, intakeFile, type FileStatus } from '@kokuho/store/intake';
import { ApiError, errorBody } from '../api-errors.ts';
import { authenticate } from '../authenticate.ts';
import { answer, failure, month, octetStreamBody, TOKEN_AUTH, tokenFailures } from '../route-schemas.ts';
import { removeUpload, type UploadedFile } from '../upload-to-file.ts';

/** A month of a large hospital is far below this; the body is streamed to disk (upload-to-file.ts). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

const STATUS_OF: Record<FileStatus, number> = { accepted: 201, duplicate: 200, refused: 422 };

interface ClaimFileQuery {
  month?: unknown;
  replace?: unknown;
}

interface UploadParams {
  month: string;
  replace: boolean;
  name: string;
}

const schema = {
  summary: 'レセプトファイルの送信（オンライン請求）',
  description: 'RECEIPTC.UKE のバイト列（CP932）をそのまま送ります。医療機関と連合会はトークンから決まります。'
    + '同じバイト列の再送は重複として 200 を返し、何も保存しません（応答を受け取れなかったときは安全に再送できます）。',
  tags: ['claim-files'],
  security: TOKEN_AUTH,
  querystring: {
    type: 'object',
    required: ['month'],
    properties: {
      month: month('請求の診療年月（YYYY-MM）'),
      replace: { type: 'string', enum: ['true', 'false'], description: 'true: 同じ医療機関・診療年月の受付済みファイルを置き換える' },
    },
  },
  headers: {
    type: 'object',
    properties: { 'x-file-name': { type: 'string', description: 'ファイル名（報告用。UTF-8 はパーセントエンコード、既定 RECEIPTC.UKE）' } },
  },
  consumes: ['application/octet-stream'],
  response: {
    201: answer('受付（保存済み）: 受付結果（件数・事務点検の指摘など）'),
    200: answer('重複（同じバイト列を受付済み）: 前回の受付結果'),
    400: failure('パラメーターまたは本文の誤り', 'BAD_MONTH', 'BAD_REPLACE', 'BAD_FILE_NAME', 'EMPTY_BODY', 'BAD_REQUEST'),
    ...tokenFailures,
    409: failure('同じファイルを受付中です', 'FILE_IN_PROGRESS'),
    413: failure('ファイルが大きすぎます', 'PAYLOAD_TOO_LARGE'),
    415: failure('content-type が application/octet-stream ではありません', 'UNSUPPORTED_MEDIA_TYPE'),
    422: failure('受付エラー（errors を参照。受付結果も含みます）', 'FILE_REFUSED'),
  },
};

/** Parameters checked before the body is read (checkBeforeBody), for the handler. */
const uploadParams = new WeakMap<FastifyRequest, UploadParams>();

export function claimFilesRoute(app: FastifyInstance, k: KokuhoDb): void {
  app.post<{ Querystring: ClaimFileQuery }>(
    '/api/v1/claim-files',
    { bodyLimit: MAX_FILE_BYTES, onRequest: [authenticate(k), checkBeforeBody], schema, config: {
      invalid: { querystring: 'BAD_MONTH', 'querystring/replace': 'BAD_REPLACE', headers: 'BAD_FILE_NAME' },
      swaggerTransform: octetStreamBody('RECEIPTC.UKE のバイト列（CP932、CRLF、送信したとおり）'),
    } },
    async (req, reply) => {
      const principal = req.principal;
      if (!principal || principal.role !== 'provider' || !principal.provider) throw new ApiError('FORBIDDEN');
      const { month, replace, name } = uploadParams.get(req)!;
      const upload = req.body as UploadedFile | undefined;
      if (upload !== undefined && typeof upload.path !== 'string') throw new ApiError('UNSUPPORTED_MEDIA_TYPE');
      let result;
      try {
        if (!upload?.bytes) throw new ApiError('EMPTY_BODY');
        result = await intakeFile(k, { name, path: upload.path }, { federation: principal.federation, month, replace, expectProvider: principal.provider })
          .catch((e: unknown) => {
            if (e instanceof IntakeError && e.code === 'IN_PROGRESS') throw new ApiError('FILE_IN_PROGRESS');
            throw e;
          });
      } finally {
        if (upload) await removeUpload(upload.path);
      }
      const status = STATUS_OF[result.status];
      req.log.info(
        { tokenId: principal.tokenId, provider: principal.provider, file: result.file, sha256: result.sha256, status: result.status, claims: result.claims },
        'claim file received',
      );
      // A refused file answers with the result too (its 受付エラー), plus the error object every non-2xx has.
      return reply.code(status).send(status === 422 ? { ...errorBody('FILE_REFUSED'), ...result } : result);
    },
  );
}

/**
 * Everything that can be judged from the URL and headers is judged before the body is read, so
 * that a mistaken request does not first upload 512 MB (and JSON or text, which have parsers of
 * their own, never reach them).
 */
async function checkBeforeBody(req: FastifyRequest<{ Querystring: ClaimFileQuery }>): Promise<void> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type && type !== 'application/octet-stream') throw new ApiError('UNSUPPORTED_MEDIA_TYPE');
  uploadParams.set(req, { month: parseMonth(req.query.month), replace: parseReplace(req.query.replace), name: parseFileName(req.headers['x-file-name']) });
}

function parseMonth(v: unknown): string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}$/.test(v) || !isValidIsoDate(`${v}-01`)) throw new ApiError('BAD_MONTH');
  return v;
}

function parseReplace(v: unknown): boolean {
  if (v === undefined || v === 'false') return false;
  if (v === 'true') return true;
  throw new ApiError('BAD_REPLACE');
}

/** HTTP header values are Latin-1: a Japanese file name arrives percent-encoded UTF-8. */
function parseFileName(v: string | string[] | undefined): string {
  if (v === undefined) return 'RECEIPTC.UKE';
  if (typeof v !== 'string') throw new ApiError('BAD_FILE_NAME');
  let name: string;
  try {
    name = decodeURIComponent(v).trim();
  } catch {
    throw new ApiError('BAD_FILE_NAME');
  }
  // A name for reports, never a path: no directories, no control characters.
  if (!name || name.length > 255 || /[\\/\p{Cc}]/u.test(name)) throw new ApiError('BAD_FILE_NAME');
  return name;
}
