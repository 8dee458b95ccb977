import { policy } from '../auth/policies';
import { type Route, type RouteDeps, route } from '../http/routes';
import { roundParticipation } from './service';

export function participationRoutes({ db }: RouteDeps): Route[] {
  return [
    route('participation', {
      method: 'get',
      path: '/rounds/:roundId/participation',
      status: 200,
      policy: policy.round(),
      input: {},
      handler: ({ params }, { user }) => roundParticipation(db, params.roundId, user),
    }),
  ];
}
