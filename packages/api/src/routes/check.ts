/**
 * POST /api/v1/check[?month=YYYY-MM] — the providers' pre-check (ASP): the same reading, file
 * acceptance, 事務点検 and computer checks as intake and review, on a file not yet sent. Nothing is
 * stored and the uploaded bytes are removed once answered. The federation whose rules apply (with
 * its adoptions) comes from the token. 200 with `{findings: [{claim, line, ruleId, lamp, action,
 * message, …}], …}` whatever the findings: a finding is the answer, not an error.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { KokuhoDb } from '@kokuho/store';
import { openMasterCache, precheckFile, precheckFindingJson } from '@kokuho/store/intake';
import { readStoredRuleSet } from '@kokuho/store/rules';
import { ApiError } from '../api-errors.ts';
import { authenticate } from '../authenticate.ts';
import { answer, failure, month, octetStreamBody, TOKEN_AUTH, tokenFailures } from '../route-schemas.ts';
import { removeUpload, type UploadedFile } from '../upload-to-file.ts';
import { MAX_FILE_BYTES } from './claim-files.ts';

async function octetStreamOnly(req: FastifyRequest<{ Querystring: { month?: unknown } }>): Promise<void> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type && type !== 'application/octet-stream') throw new ApiError('UNSUPPORTED_MEDIA_TYPE');
  const m = req.query.month;
  if (m !== undefined && (typeof m !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(m))) throw new ApiError('BAD_MONTH');
}

const schema = {
  summary: '送信前の点検（記録条件・受付・事務点検・コンピュータチェック）',
  description: '送信するレセプトファイルのバイト列をそのまま送ります。何も保存しません。指摘があっても 200 で、findings に行ごとの指摘を返します。',
  tags: ['check'],
  security: TOKEN_AUTH,
  querystring: { type: 'object', properties: { month: month('点検に使う診療年月（YYYY-MM、省略時はファイルから）') } },
  consumes: ['application/octet-stream'],
  response: {
    200: answer('点検結果: `{ findings: [{ claim, line, ruleId, lamp, action, message, … }], kind, federation, month, claims, mastersMissing }`'),
    400: failure('パラメーターまたは本文の誤り', 'BAD_MONTH', 'EMPTY_BODY', 'BAD_REQUEST'),
    ...tokenFailures,
    413: failure('ファイルが大きすぎます', 'PAYLOAD_TOO_LARGE'),
    415: failure('content-type が application/octet-stream ではありません', 'UNSUPPORTED_MEDIA_TYPE'),
  },
};

export function checkRoute(app: FastifyInstance, k: KokuhoDb): void {
  app.post<{ Querystring: { month?: string } }>(
    '/api/v1/check',
    { bodyLimit: MAX_FILE_BYTES, onRequest: [authenticate(k), octetStreamOnly], schema, config: { invalid: { querystring: 'BAD_MONTH' }, swaggerTransform: octetStreamBody('点検する RECEIPTC.UKE のバイト列（CP932）') } },
    async (req) => {
      const principal = req.principal;
      if (!principal || principal.role !== 'provider') throw new ApiError('FORBIDDEN');
      const upload = req.body as UploadedFile | undefined;
      if (upload !== undefined && typeof upload.path !== 'string') throw new ApiError('UNSUPPORTED_MEDIA_TYPE');
      try {
        if (!upload?.bytes) throw new ApiError('EMPTY_BODY');
        const masters = await openMasterCache(k);
        const r = await precheckFile(masters, { name: 'RECEIPTC.UKE', path: upload.path }, {
          federation: principal.federation, ...(req.query.month ? { month: req.query.month } : {}),
          rules: () => readStoredRuleSet(k, principal.federation),
        });
        req.log.info({ tokenId: principal.tokenId, provider: principal.provider, claims: r.claims, findings: r.findings.length }, 'pre-check');
        return {
          findings: r.findings.map(precheckFindingJson),
          kind: r.kind, federation: r.federation, month: r.month, claims: r.claims, mastersMissing: r.mastersMissing,
        };
      } finally {
        if (upload) await removeUpload(upload.path);
      }
    },
  );
}
