/**
 * Submitting: checked against the round and the instrument version itself,
 * stored in one transaction (a group commit shared with other requests, see
 * db/write-queue.ts) before the server answers, idempotent (a double
 * click or a retry gives exactly one submitted response).
 */
import { type Db, type Executor, isUniqueViolation, nowIso, readerOf } from '../db/knex';
import { readOne } from '../db/quick-read';
import { insertSteps, writeQueue } from '../db/write-queue';
import { ConflictError, ValidationError } from '../http/errors';
import { checkAnswers } from '../instrument/answers';
import type { Instrument } from '../instrument/schema';
import { pendingAdded } from '../results/applier';
import type { RoundRow } from '../rounds/queries';
import type { InvitationMode } from '../rounds/types';
import { checkDraftWrite, type ResponseRow, reloadResponse, staleRevision } from './drafts';
import { checkGroupFields, requireOpen, resolveInvitation } from './invitation';
import type { SubmitDraftBody, SubmitResponseBody } from './schemas';
import { submittedRows } from './store';
import type { SubmitResult } from './types';

async function earlierSubmission(db: Executor, id: string, roundId: string, organisationId: string) {
  const row = await readOne<{ round_id: string; organisation_id: string; status: string; submitted_at: string }>(
    db,
    'select round_id, organisation_id, status, submitted_at from responses where id = ?',
    [id],
  );
  if (!row) return undefined;
  if (row.round_id !== roundId || row.organisation_id !== organisationId || row.status !== 'submitted') {
    throw new ConflictError('response_id_taken', 'this response id belongs to another response; generate a new one');
  }
  return { id, submittedAt: row.submitted_at as string, duplicate: true };
}

export type SubmitTarget = {
  round: RoundRow;
  organisationId: string;
  regionCode: string;
  instrument: Instrument;
  mode: InvitationMode;
  invitationToken: string | null;
};

/** A whole response in one request. */
export async function submitWhole(
  db: Db,
  target: SubmitTarget,
  body: SubmitResponseBody,
  now = new Date(),
): Promise<SubmitResult> {
  const { round, organisationId, instrument } = target;
  // A retry after a lost reply succeeds even if the round has closed since.
  const earlier = await earlierSubmission(readerOf(db), body.id, round.id, organisationId);
  if (earlier) return earlier;
  requireOpen(round, now);
  const problems = [
    ...checkAnswers(instrument, body.answers, { complete: true }),
    ...checkGroupFields(target.mode, body, { required: true }),
  ];
  if (problems.length > 0) throw new ValidationError('some answers are not valid', problems, 'invalid_answers');

  const submittedAt = nowIso();
  try {
    await writeQueue(db).insert([
      [
        'responses',
        [
          {
            id: body.id,
            round_id: round.id,
            organisation_id: organisationId,
            invitation_token: target.invitationToken,
            status: 'submitted',
            language: body.language,
            revision: 0,
            group_name: body.groupName ?? null,
            participants: body.participants ?? null,
            created_at: submittedAt,
            updated_at: submittedAt,
            submitted_at: submittedAt,
          },
        ],
      ],
      ...submittedRows(
        instrument,
        {
          id: body.id,
          roundId: round.id,
          organisationId,
          regionCode: target.regionCode,
          participants: body.participants ?? null,
        },
        body.answers,
      ),
    ]);
  } catch (err) {
    // Two submits of one id at once: the other one won; report it as the duplicate it is.
    if (isUniqueViolation(err)) {
      const winner = await earlierSubmission(db, body.id, round.id, organisationId);
      if (winner) return winner;
    }
    throw err;
  }
  pendingAdded(db);
  return { id: body.id, submittedAt, duplicate: false };
}

export async function submitWithInvitation(db: Db, token: string, body: SubmitResponseBody): Promise<SubmitResult> {
  const inv = await resolveInvitation(readerOf(db), token);
  return submitWhole(
    db,
    {
      round: inv.round,
      organisationId: inv.organisation.id,
      regionCode: inv.organisation.regionCode,
      instrument: inv.instrument,
      mode: inv.mode,
      invitationToken: token,
    },
    body,
  );
}

/**
 * Submits a draft (`row`: the response its resume code opened): the final
 * answers come with the request, built on the draft's current revision.
 */
export async function submitDraft(db: Db, row: ResponseRow, body: SubmitDraftBody): Promise<SubmitResult> {
  if (row.status === 'submitted') return { id: row.id, submittedAt: row.submitted_at ?? '', duplicate: true };
  const invitation = await checkDraftWrite(readerOf(db), row, body, true);
  if (row.revision !== body.revision) throw staleRevision(row.revision);

  const submittedAt = nowIso();
  // Only one of simultaneous submits moves the draft on (the guard); the others find it submitted.
  const moved = await writeQueue(db).write([
    {
      update: 'responses',
      where: { id: row.id, status: 'draft', revision: body.revision },
      set: {
        status: 'submitted',
        submitted_at: submittedAt,
        updated_at: submittedAt,
        revision: body.revision + 1,
        draft_answers: null,
        ...(body.language ? { language: body.language } : {}),
        ...(body.groupName !== undefined ? { group_name: body.groupName } : {}),
        ...(body.participants !== undefined ? { participants: body.participants } : {}),
      },
      guard: true,
    },
    ...insertSteps(
      submittedRows(
        invitation.instrument,
        {
          id: row.id,
          roundId: row.round_id,
          organisationId: row.organisation_id,
          regionCode: invitation.organisation.regionCode,
          participants: body.participants ?? row.participants,
        },
        body.answers,
      ),
    ),
  ]);
  const won = moved === 1;
  if (won) {
    pendingAdded(db);
    return { id: row.id, submittedAt, duplicate: false };
  }
  const now = await reloadResponse(db, row);
  if (now.status === 'submitted') return { id: now.id, submittedAt: now.submitted_at ?? '', duplicate: true };
  throw staleRevision(now.revision);
}
