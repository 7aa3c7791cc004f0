/** GET /api/v1/health — liveness plus one query, so that a load balancer also notices a lost database. */
import type { FastifyInstance } from 'fastify';
import type { KokuhoDb } from '@kokuho/store';
import { ApiError } from '../api-errors.ts';
import { answer, failure } from '../route-schemas.ts';

const schema = {
  summary: '稼働確認（データベースへの接続を含む）',
  tags: ['system'],
  response: {
    200: answer('稼働中: `{ status: "ok", engine }`（engine は pglite または postgres）'),
    503: failure('データベースに接続できません', 'UNAVAILABLE'),
  },
};

export function healthRoute(app: FastifyInstance, k: KokuhoDb): void {
  app.get('/api/v1/health', { schema }, async (req) => {
    try {
      await k.db.selectFrom('federations').select('federation_code').limit(1).execute();
    } catch (e) {
      req.log.error({ err: e }, 'health: database unreachable');
      throw new ApiError('UNAVAILABLE');
    }
    return { status: 'ok', engine: k.engine };
  });
}
