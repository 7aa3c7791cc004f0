/**
 * The review screens' API (issue 5): queues and their claims, one claim with its findings and
 * decisions (and its paper レセプト, whose opening is audited: it shows name and birth date), and
 * decisions (査定・返戻・確定・保留・メモ; 一括確定 in review-bulk-confirm.ts). Every route needs a
 * session; the federation comes from the session alone, and row-level security makes another
 * federation's claim not found.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { QUEUE_LABELS, QUEUES } from '@kokuho/core/review';
import type { KokuhoDb } from '@kokuho/store';
import { appendAudit, DecisionError, readClaimSheet, recordDecision, type DecisionKind } from '@kokuho/store/review';
import { ApiError } from '../api-errors.ts';
import { bulkConfirmRoute } from './review-bulk-confirm.ts';
import { claimSchema, decisionSchema, itemsSchema, queuesSchema } from './review-schemas.ts';
import { decisionAuthority, requireRole } from './require-role.ts';
import { requireSession } from './session.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DECISIONS: readonly DecisionKind[] = ['adjust', 'return', 'confirm', 'hold', 'note'];

export function reviewRoutes(app: FastifyInstance, k: KokuhoDb): void {
  const read = { onRequest: [requireSession(k), requireRole('review.read')] };
  const monthOf = (v: unknown): string => {
    if (typeof v !== 'string' || !MONTH.test(v)) throw new ApiError('BAD_MONTH');
    return v;
  };
  const claimRef = (p: { fileId: string; seq: string }): { fileId: number; seq: number } => {
    if (!/^\d{1,15}$/.test(p.fileId) || !/^\d{1,9}$/.test(p.seq)) throw new ApiError('CLAIM_NOT_FOUND');
    return { fileId: Number(p.fileId), seq: Number(p.seq) };
  };

  app.get<{ Querystring: { month?: string } }>('/api/v1/review/queues', { ...read, schema: queuesSchema, config: { invalid: { querystring: 'BAD_MONTH' } } }, async (req) => {
    const month = monthOf(req.query.month);
    const rows = await k.withFederation(req.account!.federation, (trx) => trx.selectFrom('review_items')
      .select(['queue', 'status', 'section', (eb) => eb.fn.countAll<string>().as('n')]).where('service_month', '=', month).groupBy(['queue', 'status', 'section']).execute());
    const count = (q: string, status: string, section?: string | null): number =>
      rows.filter((r) => r.queue === q && r.status === status && (section === undefined || r.section === section)).reduce((n, r) => n + Number(r.n), 0);
    const sections = [...new Set(rows.filter((r) => r.queue === 'committee' && r.section).map((r) => r.section!))].sort();
    return {
      month,
      queues: QUEUES.map((q) => ({ queue: q, label: QUEUE_LABELS[q], open: count(q, 'open'), held: count(q, 'held'), decided: count(q, 'decided') })),
      // 審査委員会の部会 of the committee queue
      sections: sections.map((s) => ({ section: s, open: count('committee', 'open', s), held: count('committee', 'held', s), decided: count('committee', 'decided', s) })),
    };
  });

  app.get<{ Querystring: { month?: string; queue?: string; status?: string; section?: string; limit?: string } }>('/api/v1/review/items', { ...read, schema: itemsSchema, config: { invalid: { 'querystring/month': 'BAD_MONTH' } } }, async (req) => {
    const month = monthOf(req.query.month);
    const limit = Math.min(500, Math.max(1, Number(req.query.limit ?? 100) || 100));
    return k.withFederation(req.account!.federation, async (trx) => {
      let q = trx.selectFrom('review_items as i')
        .innerJoin('claims as c', (j) => j.onRef('c.federation_code', '=', 'i.federation_code').onRef('c.file_id', '=', 'i.file_id').onRef('c.seq', '=', 'i.seq'))
        .select(['i.file_id', 'i.seq', 'i.queue', 'i.priority', 'i.reason', 'i.status', 'i.section', 'c.receipt_number', 'c.provider_code', 'c.kind', 'c.total_points', 'c.out_of_prefecture',
          sql<number>`(select count(*) from rule_findings f where f.federation_code = i.federation_code and f.file_id = i.file_id and f.seq = i.seq)`.as('findings')])
        .where('i.service_month', '=', month);
      if (req.query.queue) q = q.where('i.queue', '=', req.query.queue);
      if (req.query.status) q = q.where('i.status', '=', req.query.status);
      if (req.query.section) q = q.where('i.section', '=', req.query.section);
      const items = await q.orderBy('i.priority').orderBy('i.file_id').orderBy('i.seq').limit(limit).execute();
      return { month, items: items.map((i) => ({ ...i, file_id: Number(i.file_id), findings: Number(i.findings) })) };
    });
  });

  app.get<{ Params: { fileId: string; seq: string } }>('/api/v1/review/claims/:fileId/:seq', { ...read, schema: claimSchema, config: { invalid: { params: 'CLAIM_NOT_FOUND' } } }, async (req) => {
    const { fileId, seq } = claimRef(req.params);
    return k.withFederation(req.account!.federation, async (trx) => {
      const c = await trx.selectFrom('claims').select(['file_id', 'seq', 'kind', 'provider_code', 'service_month', 'receipt_number', 'patient_key', 'total_points', 'first_line', 'body', 'outcome', 'out_of_prefecture'])
        .where('file_id', '=', fileId).where('seq', '=', seq).where('state', '=', 'current').executeTakeFirst();
      if (!c) throw new ApiError('CLAIM_NOT_FOUND');
      const [sheet, findings, clerical, decisions, item, others] = await Promise.all([
        readClaimSheet(trx, c),
        trx.selectFrom('rule_findings').select(['rule_id', 'version', 'lamp', 'kind', 'action', 'reason_code', 'line', 'record', 'code', 'message', 'trace', 'table_row', 'lines_read', 'related_receipts'])
          .where('file_id', '=', fileId).where('seq', '=', seq).orderBy('line').execute(),
        trx.selectFrom('claim_findings').select(['code', 'severity', 'line', 'record', 'field', 'message']).where('file_id', '=', fileId).where('seq', '=', seq).orderBy('line').execute(),
        trx.selectFrom('review_decisions').select(['decision_id', 'decision', 'line', 'code', 'points_before', 'points_after', 'reason_code', 'reason_text', 'account_id', 'decided_at'])
          .where('file_id', '=', fileId).where('seq', '=', seq).orderBy('decision_id').execute(),
        trx.selectFrom('review_items').select(['queue', 'priority', 'reason', 'status']).where('file_id', '=', fileId).where('seq', '=', seq).executeTakeFirst(),
        // 縦覧 and 突合: the patient's other claims, this month and before
        trx.selectFrom('claims').select(['file_id', 'seq', 'kind', 'provider_code', 'service_month', 'receipt_number', 'total_points'])
          .where('patient_key', '=', c.patient_key).where('state', '=', 'current').where((eb) => eb.or([eb('file_id', '<>', fileId), eb('seq', '<>', seq)]))
          .orderBy('service_month', 'desc').limit(50).execute(),
      ]);
      const lines = c.body.split('\n').map((text, i) => ({ line: c.first_line + i, text }));
      // Personal data is shown (name, birth date): who opened which claim commits with the answer.
      // Last, because the entry locks the federation's audit chain until the commit.
      await appendAudit(trx, req.account!.federation, { accountId: req.account!.accountId, action: 'claim.view', target: { fileId, seq } });
      return {
        claim: { fileId: Number(c.file_id), seq: c.seq, kind: c.kind, providerCode: c.provider_code, serviceMonth: c.service_month, receiptNumber: c.receipt_number, totalPoints: c.total_points, outcome: c.outcome, outOfPrefecture: c.out_of_prefecture },
        sheet, lines, findings, clerical, decisions: decisions.map((d) => ({ ...d, decision_id: Number(d.decision_id) })), review: item ?? null,
        otherClaims: others.map((o) => ({ ...o, file_id: Number(o.file_id), sameMonth: o.service_month === c.service_month })),
      };
    });
  });

  app.post<{ Params: { fileId: string; seq: string }; Body: unknown }>('/api/v1/review/claims/:fileId/:seq/decisions',
    { onRequest: [requireSession(k), requireRole('review.decide', 'review.special')], schema: decisionSchema, config: { invalid: { params: 'CLAIM_NOT_FOUND', body: 'BAD_DECISION' } } },
    async (req, reply) => {
      const { fileId, seq } = claimRef(req.params);
      const b = (req.body ?? {}) as { decision?: unknown; line?: unknown; pointsAfter?: unknown; reasonCode?: unknown; reasonText?: unknown };
      if (typeof b.decision !== 'string' || !DECISIONS.includes(b.decision as DecisionKind)) throw new ApiError('BAD_DECISION', `decision は ${DECISIONS.join(' / ')}`);
      const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
      const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
      try {
        const r = await recordDecision(k, req.account!.federation, req.account!.accountId, {
          fileId, seq, decision: b.decision as DecisionKind, line: num(b.line), pointsAfter: num(b.pointsAfter), reasonCode: str(b.reasonCode), reasonText: str(b.reasonText),
          authority: decisionAuthority(req),
        });
        req.log.info({ accountId: req.account!.accountId, fileId, seq, decision: b.decision }, 'review decision');
        return reply.code(201).send(r);
      } catch (e) {
        if (e instanceof DecisionError) {
          throw e.code === 'NOT_FOUND' ? new ApiError('CLAIM_NOT_FOUND') : e.code === 'NOT_ALLOWED' ? new ApiError('NOT_ALLOWED', e.message) : new ApiError('BAD_DECISION', e.message);
        }
        throw e;
      }
    });

  bulkConfirmRoute(app, k);
}
