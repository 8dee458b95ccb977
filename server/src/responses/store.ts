/** Writing a submitted response's answer rows and its place in the rollup queue: one place for every way of submitting. */
import type { InsertRows } from '../db/write-queue';
import { type Answers, isEmptyAnswer } from '../instrument/answers';
import { type Instrument, indicatorPlaces } from '../instrument/schema';
import { pendingRow } from '../results/applier';

export type StoredResponse = {
  id: string;
  roundId: string;
  organisationId: string;
  regionCode: string;
  participants: number | null;
};

/**
 * What a submitted response adds besides its response row: the answer rows and
 * a pending row that the rollup applier (results/applier.ts) folds into the
 * rollups soon after. Written in the submit's transaction.
 */
export function submittedRows(instrument: Instrument, response: StoredResponse, answers: Answers): InsertRows {
  return [
    ['answers', answerRows(instrument, response, answers)],
    ['rollup_pending', [pendingRow(response.id, response.roundId)]],
  ];
}

function answerRows(instrument: Instrument, response: StoredResponse, answers: Answers) {
  const place = indicatorPlaces(instrument);
  return Object.entries(answers)
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
}
