/**
 * The corrections API: insurers and providers ask for 過誤・再審査・取下げ・再請求 on their own claims
 * and follow their cases; payment staff enter paper requests and decide 過誤・取下げ・再請求; the
 * review side (事務共助・審査委員) decides 再審査. The federation comes from the session; an insurer's
 * or provider's account sees only the cases it asked for (another's case is not found).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { can } from '@kokuho/core/accounts';
import type { Actor, CaseState, ClaimRef, CorrectionKind, CorrectionTiming, CutRequest, Requester } from '@kokuho/core/corrections';
import type { KokuhoDb } from '@kokuho/store';
import type { Account } from '@kokuho/store/accounts';
import { CorrectionCaseError, decideCase, listCases, moveCase, requestCase, showCase, type CaseDetail } from '@kokuho/store/corrections';
import { ApiError } from '../api-errors.ts';
import { cancelSchema, decideSchema, listSchema, requestSchema, showSchema, startReviewSchema } from './corrections-schemas.ts';
import { requireRole } from './require-role.ts';
import { requireSession } from './session.ts';

/** Today in Japan: insurers and providers ask on the day they ask. */
const todayInJapan = (): string => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);

/** The party an account acts for: its insurer or provider, else the federation's staff. */
function partyOf(a: Account): Actor['party'] {
  if (a.insurerNumber) return { type: 'insurer', code: a.insurerNumber };
  if (a.providerCode) return { type: 'provider', code: a.providerCode };
  return { type: 'federation', code: a.federation };
}
const actorOf = (a: Account): Actor => ({ accountId: a.accountId, party: partyOf(a) });
const ownParty = (a: Account): Requester | undefined => {
  const p = partyOf(a);
  return p.type === 'federation' ? undefined : p;
};

/** The core's refusals as API errors: not found and not allowed keep their status, the rest is 422 with the reason. */
function apiErrorOf(e: unknown): unknown {
  if (!(e instanceof CorrectionCaseError)) return e;
  if (e.code === 'CASE_NOT_FOUND') return new ApiError('CASE_NOT_FOUND');
  if (e.code === 'CLAIM_NOT_FOUND') return new ApiError('CLAIM_NOT_FOUND', e.message);
  if (e.code === 'NOT_ALLOWED') return new ApiError('NOT_ALLOWED', e.message);
  if (e.code === 'INVALID_DATE' || e.code === 'INVALID_CUT') return new ApiError('BAD_CASE_REQUEST', e.message);
  return new ApiError('CASE_REFUSED', e.message);
}

async function answering<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw apiErrorOf(e);
  }
}

const caseIdOf = (p: { caseId: string }): number => Number(p.caseId);

export function correctionRoutes(app: FastifyInstance, k: KokuhoDb): void {
  const session = requireSession(k);

  /** The case, if this account may see it: an insurer's or provider's own cases only. */
  const visibleCase = async (req: FastifyRequest, caseId: number): Promise<CaseDetail> => {
    const a = req.account!;
    const d = await answering(() => showCase(k, a.federation, caseId));
    const own = ownParty(a);
    if (own && (own.type !== d.case.requester.type || own.code !== d.case.requester.code)) throw new ApiError('CASE_NOT_FOUND');
    return d;
  };
  /** 再審査 is the review side's, the other kinds payment staff's. */
  const mayDecide = (a: Account, kind: CorrectionKind): void => {
    if (!can(a.role, kind === 're-review' ? 'correction.re-review' : 'correction.decide')) {
      throw new ApiError('NOT_ALLOWED', kind === 're-review' ? '再審査は事務共助・審査委員が決定します' : '過誤・取下げ・再請求は支払担当が決定します');
    }
  };

  app.post<{ Body: { kind: CorrectionKind; timing?: CorrectionTiming; claim: ClaimRef; newClaim?: ClaimRef; reasonCode: string; reasonText?: string; requester?: Requester; requestedOn?: string } }>(
    '/api/v1/corrections',
    { onRequest: [session, requireRole('correction.request')], schema: requestSchema, config: { invalid: { body: 'BAD_CASE_REQUEST' } } },
    async (req, reply) => {
      const a = req.account!;
      const b = req.body;
      const own = ownParty(a);
      if (own && (b.requester || b.requestedOn)) throw new ApiError('BAD_CASE_REQUEST', '申出者と申出日はアカウントと今日の日付で決まります');
      if (!own && !b.requester) throw new ApiError('BAD_CASE_REQUEST', '書面の申出には requester（申出者）を指定してください');
      const c = await answering(() => requestCase(k, a.federation, {
        kind: b.kind, timing: b.timing, requester: own ?? b.requester!, claim: b.claim, newClaim: b.newClaim, reasonCode: b.reasonCode, reasonText: b.reasonText ?? '',
        requestedOn: (own ? undefined : b.requestedOn) ?? todayInJapan(), enteredBy: a.accountId,
      }));
      req.log.info({ accountId: a.accountId, caseId: c.caseId, kind: c.kind }, 'correction requested');
      return reply.code(201).send(c);
    });

  app.get<{ Querystring: { state?: CaseState; kind?: CorrectionKind; postingMonth?: string } }>(
    '/api/v1/corrections',
    { onRequest: [session, requireRole('correction.read')], schema: listSchema, config: { invalid: { querystring: 'BAD_CASE_REQUEST' } } },
    async (req) => {
      const a = req.account!;
      const cases = await listCases(k, a.federation, { state: req.query.state, kind: req.query.kind, postingMonth: req.query.postingMonth, requester: ownParty(a), limit: 500 });
      return { cases };
    });

  app.get<{ Params: { caseId: string } }>(
    '/api/v1/corrections/:caseId',
    { onRequest: [session, requireRole('correction.read')], schema: showSchema, config: { invalid: { params: 'CASE_NOT_FOUND' } } },
    async (req) => visibleCase(req, caseIdOf(req.params)));

  app.post<{ Params: { caseId: string } }>(
    '/api/v1/corrections/:caseId/start-review',
    { onRequest: [session, requireRole('correction.decide', 'correction.re-review')], schema: startReviewSchema, config: { invalid: { params: 'CASE_NOT_FOUND' } } },
    async (req) => {
      const a = req.account!;
      const { case: c } = await visibleCase(req, caseIdOf(req.params));
      mayDecide(a, c.kind);
      return answering(() => moveCase(k, a.federation, c.caseId, 'start-review', { actor: actorOf(a), onDate: todayInJapan() }));
    });

  app.post<{ Params: { caseId: string }; Body: { outcome: string; postingMonth?: string; cuts?: CutRequest[]; newClaim?: ClaimRef; reason?: string } }>(
    '/api/v1/corrections/:caseId/decisions',
    { onRequest: [session, requireRole('correction.decide', 'correction.re-review')], schema: decideSchema, config: { invalid: { params: 'CASE_NOT_FOUND', body: 'BAD_CASE_REQUEST' } } },
    async (req, reply) => {
      const a = req.account!;
      const b = req.body;
      const { case: c } = await visibleCase(req, caseIdOf(req.params));
      mayDecide(a, c.kind);
      const today = todayInJapan();
      if (b.outcome === 'refused') {
        if (!b.reason?.trim()) throw new ApiError('BAD_CASE_REQUEST', '不受理には reason（理由）が必要です');
        const refused = await answering(() => moveCase(k, a.federation, c.caseId, 'refuse', { actor: actorOf(a), onDate: today, reason: b.reason }));
        return reply.code(201).send({ case: refused });
      }
      if ((b.outcome === 'adjusted') !== Boolean(b.cuts?.length)) throw new ApiError('BAD_CASE_REQUEST', 'cuts（査定する行）は査定（adjusted）のときだけ、1行以上指定します');
      const outcome = b.outcome === 'adjusted' ? { type: 'adjusted' as const, cuts: b.cuts! } : { type: b.outcome as 'accepted' | 'unchanged' | 'linked' };
      const r = await answering(() => decideCase(k, a.federation, c.caseId, {
        outcome, postingMonth: b.postingMonth ?? today.slice(0, 7), decidedOn: today, actor: actorOf(a), reason: b.reason, newClaim: b.newClaim,
      }));
      req.log.info({ accountId: a.accountId, caseId: c.caseId, outcome: b.outcome, retried: r.retried }, 'correction decided');
      return reply.code(201).send(r);
    });

  app.post<{ Params: { caseId: string }; Body: { reason?: string } | undefined }>(
    '/api/v1/corrections/:caseId/cancel',
    { onRequest: [session, requireRole('correction.request')], schema: cancelSchema, config: { invalid: { params: 'CASE_NOT_FOUND', body: 'BAD_CASE_REQUEST' } } },
    async (req) => {
      const a = req.account!;
      const { case: c } = await visibleCase(req, caseIdOf(req.params));
      return answering(() => moveCase(k, a.federation, c.caseId, 'cancel', { actor: actorOf(a), onDate: todayInJapan(), reason: req.body?.reason }));
    });
}
