/**
 * Every route of the API, as one plugin: registered after the OpenAPI plugin, so that the document
 * sees each route as it is declared. The plugin does not open a context of its own (skip-override),
 * so the routes share the server's decorations, error and not-found handlers as if declared on it.
 */
import type { FastifyInstance } from 'fastify';
import type { KokuhoDb } from '@kokuho/store';
import { checkRoute } from './check.ts';
import { claimFilesRoute } from './claim-files.ts';
import { correctionRoutes } from './corrections.ts';
import { healthRoute } from './health.ts';
import { reviewRoutes } from './review.ts';
import { sessionRoutes } from './session.ts';

export interface ApiRoutesOptions {
  k: KokuhoDb;
  secureCookies: boolean;
}

export function apiRoutes(o: ApiRoutesOptions) {
  const plugin = async (app: FastifyInstance): Promise<void> => {
    healthRoute(app, o.k);
    claimFilesRoute(app, o.k);
    checkRoute(app, o.k);
    sessionRoutes(app, o.k, { secureCookies: o.secureCookies });
    reviewRoutes(app, o.k);
    correctionRoutes(app, o.k);
  };
  return Object.assign(plugin, { [Symbol.for('skip-override')]: true });
}
