/**
 * Answers to an instrument version: their wire shape and the server's own
 * check of them against the version (the client's SurveyJS validation is not
 * trusted).
 */
import { z } from 'zod';
import { type Instrument, indicatorPlaces, LIMITS } from './schema';

export const Answer = z
  .object({
    value: z.number().int().nullable().optional(),
    na: z.boolean().optional(),
    text: z.string().max(LIMITS.answerText, `a text has at most ${LIMITS.answerText} characters`).optional(),
  })
  .strict();
export type Answer = z.infer<typeof Answer>;

const unknownIndicator = (id: string) => `"${id}" is not an indicator of this instrument version`;

/**
 * Answers by indicator id. A key `__proto__` survives JSON parsing as an own
 * key but would vanish when copied into a plain object (it sets the
 * prototype instead), so it is refused here by name, before anything copies
 * it. `constructor`, `prototype` and every other id are checked against the
 * instrument by `checkAnswers`.
 */
export const Answers = z.preprocess(
  (input, ctx) => {
    if (input !== null && typeof input === 'object' && Object.hasOwn(input, '__proto__')) {
      ctx.addIssue({
        code: 'custom',
        path: ['__proto__'],
        message: unknownIndicator('__proto__'),
        params: { code: 'unknown_indicator' },
      });
    }
    return input;
  },
  z.record(z.string().max(64), Answer),
  // The check above only refuses; what it accepts is the record's own input.
) as unknown as z.ZodType<Record<string, Answer>, Record<string, z.input<typeof Answer>>>;
export type Answers = z.infer<typeof Answers>;

export type AnswerProblem = { path: string; code: string; message: string };

/**
 * Checks answers against the instrument itself: known indicator ids, values
 * on the scale, "not applicable" only where the scale allows it, texts within
 * limits. With `complete`, every rating indicator must have a score or "not
 * applicable" (submitting); without, a partial draft passes.
 */
export function checkAnswers(
  instrument: Instrument,
  answers: Answers,
  { complete }: { complete: boolean },
): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const byId = indicatorPlaces(instrument);
  const scale = instrument.scale;

  for (const [id, answer] of Object.entries(answers)) {
    const path = `answers.${id}`;
    const indicator = byId.get(id)?.indicator;
    if (!indicator) {
      problems.push({ path, code: 'unknown_indicator', message: unknownIndicator(id) });
      continue;
    }
    const hasValue = answer.value !== undefined && answer.value !== null;
    if (indicator.kind === 'text') {
      if (hasValue || answer.na) {
        problems.push({ path, code: 'not_a_rating', message: 'this is an open question: it takes a text only' });
      }
      continue;
    }
    if (hasValue && answer.na) {
      problems.push({ path, code: 'value_and_na', message: 'give either a score or "not applicable", not both' });
    }
    if (hasValue && scale && (answer.value! < scale.min || answer.value! > scale.max)) {
      problems.push({
        path: `${path}.value`,
        code: 'value_off_scale',
        message: `the score must be between ${scale.min} and ${scale.max}`,
      });
    }
    if (answer.na && !scale?.notApplicable) {
      problems.push({
        path: `${path}.na`,
        code: 'na_not_allowed',
        message: 'this scale has no "not applicable" option',
      });
    }
  }

  if (complete) {
    for (const [id, { indicator }] of byId) {
      // Own keys only: a missing "constructor" must not find Object.prototype.constructor.
      const answer = Object.hasOwn(answers, id) ? answers[id] : undefined;
      const answered = answer && ((answer.value !== undefined && answer.value !== null) || answer.na);
      if (indicator.kind === 'rating' && !answered) {
        problems.push({
          path: `answers.${id}`,
          code: 'answer_missing',
          message: 'a score or "not applicable" is required',
        });
      }
    }
  }
  return problems;
}

/** A stored answer row's meaningful part: nothing for an empty answer. */
export function isEmptyAnswer(answer: Answer): boolean {
  return (answer.value === undefined || answer.value === null) && !answer.na && !answer.text?.trim();
}
