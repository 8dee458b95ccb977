/** Where a respondent stands in an instrument: pure helpers for the survey page. */
import type { ErrorDetail } from '@shared/http/types';
import type { Answer, Answers } from '@shared/instrument/answers';
import type { Indicator, Instrument } from '@shared/instrument/schema';

/** A rating needs a score or "not applicable"; an open question counts once it has a text. */
function isAnswered(indicator: Indicator, answer: Answer | undefined): boolean {
  if (!answer) return false;
  if (indicator.kind === 'text') return Boolean(answer.text?.trim());
  return answer.na === true || (answer.value !== undefined && answer.value !== null);
}

export type Count = { answered: number; total: number };

/** "Answered 18 / 55": each area's count of answered questions, and the whole instrument's. */
export function answeredCounts(instrument: Instrument, answers: Answers): { areas: Count[]; overall: Count } {
  const areas = instrument.areas.map((area) => {
    const indicators = area.standards.flatMap((standard) => standard.indicators);
    return {
      answered: indicators.filter((indicator) => isAnswered(indicator, answers[indicator.id])).length,
      total: indicators.length,
    };
  });
  const overall = areas.reduce((sum, c) => ({ answered: sum.answered + c.answered, total: sum.total + c.total }), {
    answered: 0,
    total: 0,
  });
  return { areas, overall };
}

/**
 * The rating questions still without a score or "not applicable", in the
 * instrument's order, worded as the server words them when it refuses a
 * submission (`answer_missing`), so that one list shows either.
 */
export function missingAnswers(instrument: Instrument, answers: Answers): ErrorDetail[] {
  return instrument.areas.flatMap((area) =>
    area.standards.flatMap((standard) =>
      standard.indicators
        .filter((indicator) => indicator.kind === 'rating' && !isAnswered(indicator, answers[indicator.id]))
        .map((indicator) => ({
          path: `answers.${indicator.id}`,
          code: 'answer_missing',
          message: 'a score or "not applicable" is required',
        })),
    ),
  );
}

/**
 * The page (area) to open a draft at: the first one with an unanswered
 * rating question, or the last one when all are answered: where there is
 * still something to do, on whichever device.
 */
export function resumePage(instrument: Instrument, answers: Answers): number {
  const index = instrument.areas.findIndex((area) =>
    area.standards.some((standard) =>
      standard.indicators.some(
        (indicator) => indicator.kind === 'rating' && !isAnswered(indicator, answers[indicator.id]),
      ),
    ),
  );
  return index === -1 ? Math.max(instrument.areas.length - 1, 0) : index;
}

/** `answers.<indicator-id>[.field]` → the indicator's id. */
export function indicatorIdOf(path: string): string | undefined {
  return /^answers\.([^.]+)/.exec(path)?.[1];
}

/** The server's problems by indicator (first one each), and those about the working group's details. */
export function splitProblems(problems: readonly ErrorDetail[]): {
  byIndicator: Map<string, ErrorDetail>;
  group: ErrorDetail[];
  other: ErrorDetail[];
} {
  const byIndicator = new Map<string, ErrorDetail>();
  const group: ErrorDetail[] = [];
  const other: ErrorDetail[] = [];
  for (const problem of problems) {
    const id = indicatorIdOf(problem.path);
    if (id) {
      if (!byIndicator.has(id)) byIndicator.set(id, problem);
    } else if (problem.path === 'groupName' || problem.path === 'participants') {
      group.push(problem);
    } else {
      other.push(problem);
    }
  }
  return { byIndicator, group, other };
}
