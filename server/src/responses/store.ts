/** Writing a submitted response's answer rows and its place in the rollup queue: one place for every way of submitting. */
import type { Executor } from '../db/knex';
import { type Answers, isEmptyAnswer } from '../instrument/answers';
import { flattenIndicators, type Instrument } from '../instrument/schema';
import { markPending } from '../results/applier';

const INSERT_BATCH = 100;

export type StoredResponse = {
  id: string;
  roundId: string;
  organisationId: string;
  regionCode: string;
  participants: number | null;
};

/**
 * Inside the submit's transaction: the answer rows and a pending row that the
 * rollup applier (results/applier.ts) folds into the rollups soon after.
 */
export async function storeSubmittedAnswers(
  trx: Executor,
  instrument: Instrument,
  response: StoredResponse,
  answers: Answers,
) {
  await insertAnswerRows(trx, instrument, response, answers);
  await markPending(trx, response.id, response.roundId);
}

async function insertAnswerRows(
  trx: Executor,
  instrument: Instrument,
  response: StoredResponse,
  answers: Answers,
): Promise<void> {
  const place = new Map(flattenIndicators(instrument).map((e) => [e.indicator.id, e]));
  const rows = Object.entries(answers)
    .filter(([, answer]) => !isEmptyAnswer(answer))
    .map(([indicatorId, answer]) => {
      const p = place.get(indicatorId)!;
      return {
        response_id: response.id,
        round_id: response.roundId,
        organisation_id: response.organisationId,
        area_id: p.area.id,
        standard_id: p.standard.id,
        indicator_id: indicatorId,
        value: answer.value ?? null,
        not_applicable: answer.na === true,
        text: answer.text?.trim() ? answer.text : null,
      };
    });
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    await trx('answers').insert(rows.slice(i, i + INSERT_BATCH));
  }
}
