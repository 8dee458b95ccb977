import { policy } from '../auth/policies';
import type { Route, RouteDeps } from '../http/routes';
import { parseInput } from '../http/validate';
import { listAudit } from './log';
import { AuditQuery } from './schemas';

export function auditRoutes({ db }: RouteDeps): Route[] {
  return [
    {
      method: 'get',
      path: '/audit',
      policy: policy.admin,
      handler: async (req, res) => {
        res.json(await listAudit(db, parseInput(AuditQuery, req.query, 'query')));
      },
    },
  ];
}
