/** onRequest hook after requireSession: 403 unless the account's role may take the action. */
import { can, type Action } from '@kokuho/core/accounts';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../api-errors.ts';

/** 403 unless the role may take at least one of the actions. */
export function requireRole(...actions: Action[]) {
  return async (req: FastifyRequest): Promise<void> => {
    if (!req.account || !actions.some((a) => can(req.account!.role, a))) throw new ApiError('NOT_ALLOWED');
  };
}

/** Which queues the account decides: its federation's (review.decide), 特別審査 (review.special). */
export function decisionAuthority(req: FastifyRequest): { ordinary: boolean; special: boolean } {
  const role = req.account!.role;
  return { ordinary: can(role, 'review.decide'), special: can(role, 'review.special') };
}
