/**
 * The route table: every API route with its declared policy. Routes are only
 * mounted through here, so none can exist without a policy (a test checks
 * the mounted app against this table).
 */
import { type Express, type Request, type RequestHandler, type Response, Router } from 'express';
import { checkCsrf } from '../auth/middleware';
import { authorize, type Policy } from '../auth/policies';
import type { AppSettings } from '../config';
import type { Db } from '../db/knex';
import { AppError } from './errors';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export type Route = {
  method: Method;
  /** Path under /api, e.g. /rounds/:roundId */
  path: string;
  policy: Policy;
  /** Extra middleware run before authorization, e.g. a rate limit. */
  before?: RequestHandler[];
  handler: (req: Request, res: Response) => Promise<void> | void;
};

/** What routes need: the database and the configuration values that decide behaviour. */
export type RouteDeps = { db: Db; settings: AppSettings };

export function mountRoutes(app: Express, db: Db, routes: Route[]): void {
  const router = Router();
  for (const route of routes) {
    router[route.method](route.path, ...(route.before ?? []), async (req: Request, res: Response) => {
      const decision = await authorize(db, req.auth?.user, route.policy, req.params as Record<string, string>);
      if (decision === 'unauthenticated') {
        throw req.authExpired
          ? new AppError(401, 'session_expired', 'your session has expired; please sign in again')
          : new AppError(401, 'not_signed_in', 'please sign in');
      }
      if (decision === 'forbidden') throw new AppError(403, 'forbidden', 'you do not have access to this');
      if (decision === 'notInRound') {
        throw new AppError(404, 'organisation_not_in_round', 'the organisation does not take part in this round');
      }
      if (route.policy.kind !== 'public') checkCsrf(req);
      await route.handler(req, res);
    });
  }
  app.use('/api', router);
}
