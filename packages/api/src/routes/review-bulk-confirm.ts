/**
 * POST /api/v1/review/bulk-confirm `{ month, items: [{ fileId, seq }] }` (at most 500): 一括確定 of
 * the clean claims among items (store confirmCleanClaims); the others come back refused with the
 * reason. Another federation's claims are not found, like everywhere else.
 */
import type { FastifyInstance } from 'fastify';
import type { KokuhoDb } from '@kokuho/store';
import { confirmCleanClaims, type ClaimRef } from '@kokuho/store/review';
import { bulkConfirmSchema } from './review-schemas.ts';
import { decisionAuthority, requireRole } from './require-role.ts';
import { requireSession } from './session.ts';

export function bulkConfirmRoute(app: FastifyInstance, k: KokuhoDb): void {
  app.post<{ Body: { month: string; items: ClaimRef[] } }>('/api/v1/review/bulk-confirm', {
    onRequest: [requireSession(k), requireRole('review.decide', 'review.special')],
    schema: bulkConfirmSchema,
    // the schema is the whole check of the body: it answers with these codes
    config: { invalid: { body: 'BAD_BULK_CONFIRM', 'body/month': 'BAD_MONTH' } },
  }, async (req) => {
    const { month, items } = req.body;
    const account = req.account!;
    const r = await confirmCleanClaims(k, account.federation, account.accountId, month, items.map((i) => ({ fileId: i.fileId, seq: i.seq })), decisionAuthority(req));
    req.log.info({ accountId: account.accountId, month, asked: items.length, confirmed: r.confirmed.length }, 'review bulk confirm');
    return r;
  });
}
