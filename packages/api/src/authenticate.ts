/**
 * Bearer-token authentication, run as an onRequest hook: a request without a valid token is
 * answered before its body is read, so an anonymous client cannot make the server buffer 512 MB.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { verifyApiToken, type ApiPrincipal } from '@kokuho/store/api-tokens';
import type { KokuhoDb } from '@kokuho/store';
import { ApiError } from './api-errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by authenticate(); the only source of the request's federation and provider. */
    principal: ApiPrincipal | undefined;
  }
}

export function authenticate(k: KokuhoDb) {
  return async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const m = /^Bearer +(\S+) *$/i.exec(req.headers.authorization ?? '');
    if (!m) {
      reply.header('www-authenticate', 'Bearer');
      throw new ApiError('UNAUTHENTICATED');
    }
    const principal = await verifyApiToken(k, m[1]!);
    if (!principal) {
      reply.header('www-authenticate', 'Bearer error="invalid_token"');
      throw new ApiError('INVALID_TOKEN');
    }
    req.principal = principal;
  };
}
