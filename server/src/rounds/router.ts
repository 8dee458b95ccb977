import { Router } from 'express';
import type { Db } from '../db/knex';
import { NotFoundError } from '../http/errors';
import { parseInput } from '../http/validate';
import { submitResponse } from '../responses/submit';
import { presentRound } from './present';
import { findRound, listRounds, roundInstrument, roundOrganisations } from './queries';
import { type RoundDetail, type RoundSummary, SubmitResponseBody } from './types';

export function roundsRouter(db: Db): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    const rounds: RoundSummary[] = (await listRounds(db)).map((r) => presentRound(r));
    res.json(rounds);
  });

  router.get('/:roundId', async (req, res) => {
    const round = await findRound(db, req.params.roundId);
    if (!round) throw new NotFoundError('the round');
    const detail: RoundDetail = {
      ...presentRound(round),
      instrument: await roundInstrument(db, round),
      organisations: await roundOrganisations(db, round.id),
    };
    res.json(detail);
  });

  router.post('/:roundId/responses', async (req, res) => {
    const body = parseInput(SubmitResponseBody, req.body);
    const result = await submitResponse(db, req.params.roundId, body);
    res.status(result.duplicate ? 200 : 201).json(result);
  });

  return router;
}
