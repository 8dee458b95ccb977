/** The respondent's routes: public, reached through an invitation link or a resume code. */

import type { Request } from 'express';
import { policy } from '../auth/policies';
import { readerOf } from '../db/knex';
import { AppError } from '../http/errors';
import { failureLimiter } from '../http/rate-limit';
import { Reply, type Route, type RouteDeps, route } from '../http/routes';
import { organisationResults } from '../results/service';
import { findRound, roundInstrument } from '../rounds/queries';
import { openResumeCode, presentDraft, type ResponseRow, resumeCodeExists, saveDraft, startDraft } from './drafts';
import { invitationExists, presentInvitation, resolveInvitation } from './invitation';
import { roundReflections } from './reflections';
import { SaveDraftBody, StartDraftBody, SubmitDraftBody, SubmitResponseBody } from './schemas';
import { submitDraft, submitWithInvitation } from './submit';
import type { SubmitResult } from './types';

/** Only those who took part read the round's summary and reflections. */
function submittedOnly(row: ResponseRow): ResponseRow {
  if (row.status !== 'submitted') {
    throw new AppError(403, 'not_submitted', 'the summary and the others’ reflections open once you have submitted');
  }
  return row;
}

export function responseRoutes({ db, settings }: RouteDeps): Route[] {
  // The survey's own reads go to connections of their own: never behind the write queue.
  const read = readerOf(db);
  // One counter for both kinds of secret: guessing either costs the same address.
  const guesses = (isValid: (req: Request) => Promise<boolean>) => [
    failureLimiter(db, { name: 'secret-guess', windowMs: 10 * 60_000, limit: 50, isValid }),
  ];
  const invitationGuesses = guesses((req) => invitationExists(db, String(req.params.token)));
  const codeGuesses = guesses((req) => resumeCodeExists(db, String(req.params.code)));
  const open = (code: string) => openResumeCode(read, code, settings.resumeCodeDaysAfterClose);
  /** 201 for a new response, 200 for a retry of one already submitted. */
  const submitted = (result: SubmitResult) => new Reply(result.duplicate ? 200 : 201, result);
  return [
    route('invitation', {
      method: 'get',
      path: '/invitations/:token',
      status: 200,
      policy: policy.public,
      before: invitationGuesses,
      input: {},
      handler: async ({ params }) => presentInvitation(await resolveInvitation(read, params.token)),
    }),
    route('startDraft', {
      method: 'post',
      path: '/invitations/:token/drafts',
      status: 201,
      policy: policy.public,
      before: invitationGuesses,
      input: { body: StartDraftBody },
      handler: ({ params, body }) => startDraft(db, params.token, body),
    }),
    route('submitResponse', {
      method: 'post',
      path: '/invitations/:token/responses',
      status: 201,
      policy: policy.public,
      before: invitationGuesses,
      input: { body: SubmitResponseBody },
      handler: async ({ params, body }) => submitted(await submitWithInvitation(db, params.token, body)),
    }),
    route('draft', {
      method: 'get',
      path: '/drafts/:code',
      status: 200,
      policy: policy.public,
      before: codeGuesses,
      input: {},
      handler: async ({ params }) => presentDraft(db, await open(params.code)),
    }),
    route('saveDraft', {
      method: 'put',
      path: '/drafts/:code',
      status: 200,
      policy: policy.public,
      before: codeGuesses,
      input: { body: SaveDraftBody },
      handler: async ({ params, body }) => saveDraft(db, await open(params.code), body),
    }),
    route('submitDraft', {
      method: 'post',
      path: '/drafts/:code/submit',
      status: 201,
      policy: policy.public,
      before: codeGuesses,
      input: { body: SubmitDraftBody },
      handler: async ({ params, body }) => submitted(await submitDraft(db, await open(params.code), body)),
    }),
    route('draftSummary', {
      method: 'get',
      path: '/drafts/:code/summary',
      status: 200,
      policy: policy.public,
      before: codeGuesses,
      input: {},
      handler: async ({ params }) => {
        const row = submittedOnly(await open(params.code));
        return organisationResults(read, row.round_id, row.organisation_id, {
          kind: 'respondent',
          responseId: row.id,
          organisationId: row.organisation_id,
        });
      },
    }),
    route('draftReflections', {
      method: 'get',
      path: '/drafts/:code/reflections',
      status: 200,
      policy: policy.public,
      before: codeGuesses,
      input: {},
      handler: async ({ params }) => {
        const row = submittedOnly(await open(params.code));
        const round = await findRound(read, row.round_id);
        if (!round) throw new AppError(404, 'not_found', 'the round was not found');
        return roundReflections(read, round, await roundInstrument(read, round), {
          kind: 'respondent',
          responseId: row.id,
          organisationId: row.organisation_id,
        });
      },
    }),
  ];
}
