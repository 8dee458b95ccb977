import { policy } from '../auth/policies';
import { type Route, type RouteDeps, route } from '../http/routes';
import { listAudit } from './log';
import { AuditQuery } from './schemas';

export function auditRoutes({ db }: RouteDeps): Route[] {
  return [
    route('audit', {
      method: 'get',
      path: '/audit',
      status: 200,
      policy: policy.admin,
      input: { query: AuditQuery },
      handler: ({ query }) => listAudit(db, query),
    }),
  ];
}
