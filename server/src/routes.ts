/** Every API route of the application, with its policy: the table the authorization matrix test walks. */
import { actionRoutes } from './actions/routes';
import { auditRoutes } from './audit/routes';
import { sessionRoutes } from './auth/routes';
import { pingDatabase } from './db/knex';
import type { Route, RouteDeps } from './http/routes';
import { instrumentRoutes } from './instruments/routes';
import { organisationRoutes } from './organisations/routes';
import { responseRoutes } from './responses/routes';
import { resultRoutes } from './results/routes';
import { roundRoutes } from './rounds/routes';
import { userRoutes } from './users/routes';

export function apiRoutes(deps: RouteDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/health',
      policy: { kind: 'public' },
      handler: async (_req, res) => {
        await pingDatabase(deps.db);
        res.json({ ok: true });
      },
    },
    ...sessionRoutes(deps),
    ...userRoutes(deps),
    ...organisationRoutes(deps),
    ...instrumentRoutes(deps),
    ...roundRoutes(deps),
    ...responseRoutes(deps),
    ...resultRoutes(deps),
    ...actionRoutes(deps),
    ...auditRoutes(deps),
  ];
}
