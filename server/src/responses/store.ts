/** Writing a submitted response's answer rows: one place for every way of submitting. */
import type { Executor } from '../db/knex';
import { type Answers, isEmptyAnswer } from '../instrument/answers';
import { flattenIndicators, type Instrument } from '../instrument/schema';

const INSERT_BATCH = 100;

export async function insertAnswerRows(
  trx: Executor,
  instrument: Instrument,
  response: { id: string; roundId: string; organisationId: string },
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
