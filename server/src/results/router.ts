import { Router } from 'express';
import type { Db } from '../db/knex';
import { organisationResults } from './service';

export function resultsRouter(db: Db): Router {
  const router = Router();
  router.get('/:roundId/organisations/:organisationId/results', async (req, res) => {
    res.json(await organisationResults(db, req.params.roundId, req.params.organisationId));
  });
  return router;
}
