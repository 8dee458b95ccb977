/**
 * Every API route of the application: each serves one endpoint of the contract (contract.ts) with its
 * policy, input schemas and status. The authorization matrix and the property tests walk this table.
 */
import { actionRoutes } from './actions/routes';
import { auditRoutes } from './audit/routes';
import { policy } from './auth/policies';
import { recoveryRoutes } from './auth/recovery-routes';
import { sessionRoutes } from './auth/routes';
import { checkHealth } from './db/health';
import { type Route, type RouteDeps, route } from './http/routes';
import { instrumentRoutes } from './instruments/routes';
import { mailRoutes } from './mail/routes';
import { organisationRoutes } from './organisations/routes';
import { participationRoutes } from './participation/routes';
import { responseRoutes } from './responses/routes';
import { resultRoutes } from './results/routes';
import { roundRoutes } from './rounds/routes';
import { userRoutes } from './users/routes';

export function apiRoutes(deps: RouteDeps): Route[] {
  return [
    route('health', {
      method: 'get',
      path: '/health',
      status: 200,
      policy: policy.public,
      input: {},
      handler: async () => {
        await checkHealth(deps.db);
        return { ok: true } as const;
      },
    }),
    ...sessionRoutes(deps),
    ...recoveryRoutes(deps),
    ...userRoutes(deps),
    ...organisationRoutes(deps),
    ...instrumentRoutes(deps),
    ...roundRoutes(deps),
    ...responseRoutes(deps),
    ...resultRoutes(deps),
    ...actionRoutes(deps),
    ...auditRoutes(deps),
    ...participationRoutes(deps),
    ...mailRoutes(deps),
  ];
}
