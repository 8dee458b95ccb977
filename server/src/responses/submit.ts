/**
 * Submitting a response: checked against the round and the instrument version
 * itself, stored in one transaction, idempotent by the client's response id.
 */
import { type Db, type Executor, isUniqueViolation, nowIso } from '../db/knex';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../http/errors';
import { checkAnswers, isEmptyAnswer } from '../instrument/answers';
import { flattenIndicators } from '../instrument/schema';
import { roundStatus } from '../rounds/present';
import { findRound, findRoundOrganisation, roundInstrument } from '../rounds/queries';
import type { SubmitResponseBody, SubmitResponseResult } from '../rounds/types';

const INSERT_BATCH = 100;

async function existingSubmission(db: Executor, body: SubmitResponseBody, roundId: string) {
  const row = await db('responses').select('round_id', 'organisation_id', 'submitted_at').where('id', body.id).first();
  if (!row) return undefined;
  if (row.round_id !== roundId || row.organisation_id !== body.organisationId) {
    throw new ConflictError('response_id_taken', 'this response id belongs to another response; generate a new one');
  }
  return { id: body.id, submittedAt: row.submitted_at as string, duplicate: true };
}

export async function submitResponse(
  db: Db,
  roundId: string,
  body: SubmitResponseBody,
  now = new Date(),
): Promise<SubmitResponseResult> {
  const round = await findRound(db, roundId);
  if (!round) throw new NotFoundError('the round');

  // A retry after a lost reply must succeed even if the round has closed since.
  const earlier = await existingSubmission(db, body, roundId);
  if (earlier) return earlier;

  const status = roundStatus(round, now);
  if (status !== 'open') {
    throw new AppError(409, status === 'closed' ? 'round_closed' : 'round_not_open', `the round is ${status}`);
  }
  if (!(await findRoundOrganisation(db, roundId, body.organisationId))) {
    throw new ValidationError(
      'the organisation does not take part in this round',
      [{ path: 'organisationId', code: 'organisation_not_in_round', message: 'not a participant of this round' }],
      'organisation_not_in_round',
    );
  }

  const instrument = await roundInstrument(db, round);
  const problems = checkAnswers(instrument, body.answers, { complete: true });
  if (problems.length > 0) throw new ValidationError('some answers are not valid', problems, 'invalid_answers');

  const place = new Map(flattenIndicators(instrument).map((e) => [e.indicator.id, e]));
  const submittedAt = nowIso();
  const rows = Object.entries(body.answers)
    .filter(([, answer]) => !isEmptyAnswer(answer))
    .map(([indicatorId, answer]) => {
      const p = place.get(indicatorId)!;
      return {
        response_id: body.id,
        round_id: roundId,
        organisation_id: body.organisationId,
        area_id: p.area.id,
        standard_id: p.standard.id,
        indicator_id: indicatorId,
        value: answer.value ?? null,
        not_applicable: answer.na === true,
        text: answer.text?.trim() ? answer.text : null,
      };
    });

  try {
    await db.transaction(async (trx) => {
      await trx('responses').insert({
        id: body.id,
        round_id: roundId,
        organisation_id: body.organisationId,
        status: 'submitted',
        language: body.language,
        created_at: submittedAt,
        submitted_at: submittedAt,
      });
      for (let i = 0; i < rows.length; i += INSERT_BATCH) {
        await trx('answers').insert(rows.slice(i, i + INSERT_BATCH));
      }
    });
  } catch (err) {
    // Two submits of one id at once: the other one won; report it as the duplicate it is.
    if (isUniqueViolation(err)) {
      const winner = await existingSubmission(db, body, roundId);
      if (winner) return winner;
    }
    throw err;
  }
  return { id: body.id, submittedAt, duplicate: false };
}
