import { z } from 'zod';
import { policy } from '../auth/policies';
import type { Route, RouteDeps } from '../http/routes';
import { parseInput } from '../http/validate';
import { listAudit } from './log';

const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().positive().optional(),
});

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
