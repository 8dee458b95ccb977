/** Where a respondent stands in an instrument: pure helpers for the survey page. */
import type { ErrorDetail } from '@shared/http/types';
import type { Answers } from '@shared/instrument/answers';
import type { Instrument } from '@shared/instrument/schema';

/**
 * The page (area) to open a draft at: the first one with an unanswered
 * rating question, or the last one when all are answered. SurveyJS does not
 * let anyone past a page with unanswered required questions, so this is
 * where they left off, on whichever device.
 */
export function resumePage(instrument: Instrument, answers: Answers): number {
  const index = instrument.areas.findIndex((area) =>
    area.standards.some((standard) =>
      standard.indicators.some((indicator) => {
        if (indicator.kind !== 'rating') return false;
        const answer = answers[indicator.id];
        return !answer || (!answer.na && (answer.value === undefined || answer.value === null));
      }),
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
