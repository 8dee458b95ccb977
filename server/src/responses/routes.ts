/** The respondent's routes: public, reached through an invitation link or a resume code. */
import { policy } from '../auth/policies';
import type { Db } from '../db/knex';
import { AppError } from '../http/errors';
import { failureLimiter } from '../http/rate-limit';
import type { Route, RouteDeps } from '../http/routes';
import { parseInput } from '../http/validate';
import { organisationResults } from '../results/service';
import { findRound, roundInstrument } from '../rounds/queries';
import { findByResumeCode, presentDraft, saveDraft, startDraft } from './drafts';
import { presentInvitation, resolveInvitation } from './invitation';
import { roundReflections } from './reflections';
import { SaveDraftBody, StartDraftBody, SubmitDraftBody, SubmitResponseBody } from './schemas';
import { submitDraft, submitWithInvitation } from './submit';

/** Only those who took part read the round's summary and reflections. */
async function submittedResponse(db: Db, code: string) {
  const row = await findByResumeCode(db, code);
  if (row.status !== 'submitted') {
    throw new AppError(403, 'not_submitted', 'the summary and the others’ reflections open once you have submitted');
  }
  return row;
}

export function responseRoutes({ db }: RouteDeps): Route[] {
  const guesses = [failureLimiter(db, { name: 'secret-guess', windowMs: 10 * 60_000, limit: 50 })];
  const token = (p: Record<string, unknown>) => String(p.token);
  const code = (p: Record<string, unknown>) => String(p.code);
  return [
    {
      method: 'get',
      path: '/invitations/:token',
      policy: policy.public,
      before: guesses,
      handler: async (req, res) => {
        res.json(presentInvitation(await resolveInvitation(db, token(req.params))));
      },
    },
    {
      method: 'post',
      path: '/invitations/:token/drafts',
      policy: policy.public,
      before: guesses,
      handler: async (req, res) => {
        res.status(201).json(await startDraft(db, token(req.params), parseInput(StartDraftBody, req.body)));
      },
    },
    {
      method: 'post',
      path: '/invitations/:token/responses',
      policy: policy.public,
      before: guesses,
      handler: async (req, res) => {
        const result = await submitWithInvitation(db, token(req.params), parseInput(SubmitResponseBody, req.body));
        res.status(result.duplicate ? 200 : 201).json(result);
      },
    },
    {
      method: 'get',
      path: '/drafts/:code',
      policy: policy.public,
      before: guesses,
      handler: async (req, res) => {
        res.json(await presentDraft(db, await findByResumeCode(db, code(req.params))));
      },
    },
    {
      method: 'put',
      path: '/drafts/:code',
      policy: policy.public,
      before: guesses,
      handler: async (req, res) => {
        res.json(await saveDraft(db, code(req.params), parseInput(SaveDraftBody, req.body)));
      },
    },
    {
      method: 'post',
      path: '/drafts/:code/submit',
      policy: policy.public,
      before: guesses,
      handler: async (req, res) => {
        const result = await submitDraft(db, code(req.params), parseInput(SubmitDraftBody, req.body));
        res.status(result.duplicate ? 200 : 201).json(result);
      },
    },
    {
      method: 'get',
      path: '/drafts/:code/summary',
      policy: policy.public,
      before: guesses,
      handler: async (req, res) => {
        const row = await submittedResponse(db, code(req.params));
        res.json(
          await organisationResults(db, row.round_id, row.organisation_id, {
            kind: 'respondent',
            responseId: row.id,
            organisationId: row.organisation_id,
          }),
        );
      },
    },
    {
      method: 'get',
      path: '/drafts/:code/reflections',
      policy: policy.public,
      before: guesses,
      handler: async (req, res) => {
        const row = await submittedResponse(db, code(req.params));
        const round = await findRound(db, row.round_id);
        if (!round) throw new AppError(404, 'not_found', 'the round was not found');
        res.json(
          await roundReflections(db, round, await roundInstrument(db, round), {
            kind: 'respondent',
            responseId: row.id,
          }),
        );
      },
    },
  ];
}
