/**
 * The HTTP API of kokuho (fastify). buildServer wires the routes onto a database handle and
 * returns the instance unstarted: `kokuho serve` listens on a port, tests call `inject` in process.
 */
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import type { KokuhoDb } from '@kokuho/store';
import { API_ERRORS, ApiError, codeOfFastifyError, codeOfValidationError, errorBody } from './api-errors.ts';
import { registerOpenApi } from './openapi.ts';
import { MAX_FILE_BYTES } from './routes/claim-files.ts';
import { apiRoutes } from './routes/index.ts';
import { receiveToFile } from './upload-to-file.ts';
import { serveWeb } from './web-static.ts';

export interface ServerOptions {
  k: KokuhoDb;
  /** fastify's pino options (true: defaults at level info); off unless given. */
  logger?: FastifyServerOptions['logger'];
  /** Largest upload accepted (default MAX_FILE_BYTES, 512 MB). */
  maxFileBytes?: number;
  /** Session cookies marked Secure (behind TLS). */
  secureCookies?: boolean;
  /** Serve the review screens built into this directory on '/' (see web-static.ts: defaultWebRoot()). */
  webRoot?: string;
}

/** Credentials and claim contents (personal data) never reach the log, whatever the caller's options. */
const REDACT_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'req.body', 'body', 'res.headers["set-cookie"]'];

export function buildServer(opts: ServerOptions): FastifyInstance {
  const app = Fastify({ logger: withRedaction(opts.logger) });

  // The UKE file as sent, streamed to a temporary file (no decoding here: intake reads CP932 itself).
  app.addContentTypeParser('application/octet-stream', (_req, payload, done) => {
    receiveToFile(payload, opts.maxFileBytes ?? MAX_FILE_BYTES).then((f) => done(null, f), (e: Error) => done(e));
  });
  app.decorateRequest('principal', undefined);
  void app.register(cookie);

  app.setErrorHandler((err: FastifyError | ApiError, req, reply) => {
    if (err instanceof ApiError) return reply.code(err.status).send(errorBody(err.code, err.detail));
    if (err.validation) {
      const v = codeOfValidationError(err, req.routeOptions.config.invalid);
      req.log.info({ code: v.code, field: v.detail }, 'request refused by its schema');
      return reply.code(API_ERRORS[v.code].status).send(errorBody(v.code, v.detail));
    }
    const code = codeOfFastifyError(err);
    if (code === 'INTERNAL') req.log.error({ err }, 'request failed');
    else req.log.info({ code: err.code }, 'request refused by fastify');
    // Fastify's other 4xx (e.g. a malformed header) keep their status under the generic code.
    const status = code === 'BAD_REQUEST' && err.statusCode ? err.statusCode : API_ERRORS[code].status;
    return reply.code(status).send(errorBody(code));
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send(errorBody('NOT_FOUND')));

  registerOpenApi(app);
  void app.register(apiRoutes({ k: opts.k, secureCookies: opts.secureCookies ?? false }));
  if (opts.webRoot) serveWeb(app, opts.webRoot);
  return app;
}

function withRedaction(logger: ServerOptions['logger']): ServerOptions['logger'] {
  if (!logger) return false;
  const base = logger === true ? {} : logger;
  const own = Array.isArray(base.redact) ? base.redact : (base.redact?.paths ?? []);
  return { ...base, redact: { paths: [...new Set([...own, ...REDACT_PATHS])], censor: '[REDACTED]' } };
}
