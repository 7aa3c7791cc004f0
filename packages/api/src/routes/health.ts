/** GET /api/v1/health — liveness plus one query, so that a load balancer also notices a lost database. */
import type { FastifyInstance } from 'fastify';
import type { KokuhoDb } from '@kokuho/store';
import { ApiError } from '../api-errors.ts';

export function healthRoute(app: FastifyInstance, k: KokuhoDb): void {
  app.get('/api/v1/health', async (req) => {
    try {
      await k.db.selectFrom('federations').select('federation_code').limit(1).execute();
    } catch (e) {
      req.log.error({ err: e }, 'health: database unreachable');
      throw new ApiError('UNAVAILABLE');
    }
    return { status: 'ok', engine: k.engine };
  });
}
