/** The respondent's routes: public, reached through an invitation link or a resume code. */

import type { Request } from 'express';
import { policy } from '../auth/policies';
import { AppError } from '../http/errors';
import { failureLimiter } from '../http/rate-limit';
import type { Route, RouteDeps } from '../http/routes';
import { parseInput } from '../http/validate';
import { organisationResults } from '../results/service';
import { findRound, roundInstrument } from '../rounds/queries';
import { openResumeCode, presentDraft, type ResponseRow, resumeCodeExists, saveDraft, startDraft } from './drafts';
import { invitationExists, presentInvitation, resolveInvitation } from './invitation';
import { roundReflections } from './reflections';
import { SaveDraftBody, StartDraftBody, SubmitDraftBody, SubmitResponseBody } from './schemas';
import { submitDraft, submitWithInvitation } from './submit';

/** Only those who took part read the round's summary and reflections. */
function submittedOnly(row: ResponseRow): ResponseRow {
  if (row.status !== 'submitted') {
    throw new AppError(403, 'not_submitted', 'the summary and the others’ reflections open once you have submitted');
  }
  return row;
}

export function responseRoutes({ db, settings }: RouteDeps): Route[] {
  const token = (p: Record<string, unknown>) => String(p.token);
  const code = (p: Record<string, unknown>) => String(p.code);
  // One counter for both kinds of secret: guessing either costs the same address.
  const guesses = (isValid: (req: Request) => Promise<boolean>) => [
    failureLimiter(db, { name: 'secret-guess', windowMs: 10 * 60_000, limit: 50, isValid }),
  ];
  const invitationGuesses = guesses((req) => invitationExists(db, token(req.params)));
  const codeGuesses = guesses((req) => resumeCodeExists(db, code(req.params)));
  const open = (req: Request) => openResumeCode(db, code(req.params), settings.resumeCodeDaysAfterClose);
  return [
    {
      method: 'get',
      path: '/invitations/:token',
      policy: policy.public,
      before: invitationGuesses,
      handler: async (req, res) => {
        res.json(presentInvitation(await resolveInvitation(db, token(req.params))));
      },
    },
    {
      method: 'post',
      path: '/invitations/:token/drafts',
      policy: policy.public,
      before: invitationGuesses,
      handler: async (req, res) => {
        res.status(201).json(await startDraft(db, token(req.params), parseInput(StartDraftBody, req.body)));
      },
    },
    {
      method: 'post',
      path: '/invitations/:token/responses',
      policy: policy.public,
      before: invitationGuesses,
      handler: async (req, res) => {
        const result = await submitWithInvitation(db, token(req.params), parseInput(SubmitResponseBody, req.body));
        res.status(result.duplicate ? 200 : 201).json(result);
      },
    },
    {
      method: 'get',
      path: '/drafts/:code',
      policy: policy.public,
      before: codeGuesses,
      handler: async (req, res) => {
        res.json(await presentDraft(db, await open(req)));
      },
    },
    {
      method: 'put',
      path: '/drafts/:code',
      policy: policy.public,
      before: codeGuesses,
      handler: async (req, res) => {
        res.json(await saveDraft(db, await open(req), parseInput(SaveDraftBody, req.body)));
      },
    },
    {
      method: 'post',
      path: '/drafts/:code/submit',
      policy: policy.public,
      before: codeGuesses,
      handler: async (req, res) => {
        const result = await submitDraft(db, await open(req), parseInput(SubmitDraftBody, req.body));
        res.status(result.duplicate ? 200 : 201).json(result);
      },
    },
    {
      method: 'get',
      path: '/drafts/:code/summary',
      policy: policy.public,
      before: codeGuesses,
      handler: async (req, res) => {
        const row = submittedOnly(await open(req));
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
      before: codeGuesses,
      handler: async (req, res) => {
        const row = submittedOnly(await open(req));
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
