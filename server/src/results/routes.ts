import { policy } from '../auth/policies';
import type { Route, RouteDeps } from '../http/routes';
import { organisationResults } from './service';

export function resultRoutes({ db }: RouteDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/rounds/:roundId/organisations/:organisationId/results',
      policy: policy.organisation(),
      handler: async (req, res) => {
        res.json(await organisationResults(db, req.params.roundId as string, req.params.organisationId as string));
      },
    },
  ];
}
