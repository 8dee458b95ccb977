/**
 * The practitioner's own answers, kept in this tab only: the server never
 * returns submitted answers (a resume code must not reveal them), so the
 * after-submit page shows them from sessionStorage, which the browser clears
 * when the tab closes. They are never sent anywhere.
 */
import type { AreaResult } from '@shared/results/types';
import { isRecord, readJson, type StorageLike, writeJson } from '../../lib/storage';

/** The answers as the survey submits them, by indicator id. */
type Answers = Record<string, { value?: number | null; na?: boolean }>;

const key = (code: string) => `laatupeili:own-answers:${code}`;

/** One own answer as the page shows it: a score, "not applicable", or nothing given. */
export type OwnAnswer = { kind: 'value'; value: number } | { kind: 'na' } | { kind: 'none' };

export function keepOwnAnswers(storage: StorageLike | undefined, code: string, answers: Answers): boolean {
  const kept: Record<string, { value?: number; na?: true }> = {};
  for (const [id, answer] of Object.entries(answers)) {
    if (answer.na) kept[id] = { na: true };
    else if (typeof answer.value === 'number') kept[id] = { value: answer.value };
  }
  return writeJson(storage, key(code), kept);
}

/** The answers kept for this response, or undefined when this tab has none (e.g. opened later elsewhere). */
export function readOwnAnswers(storage: StorageLike | undefined, code: string): Map<string, OwnAnswer> | undefined {
  const raw = readJson(storage, key(code));
  if (!isRecord(raw)) return undefined;
  const answers = new Map<string, OwnAnswer>();
  for (const [id, answer] of Object.entries(raw)) {
    if (!isRecord(answer)) continue;
    if (answer.na === true) answers.set(id, { kind: 'na' });
    else if (typeof answer.value === 'number' && Number.isFinite(answer.value))
      answers.set(id, { kind: 'value', value: answer.value });
  }
  return answers;
}

export type OwnAnswerRow = { standardId: string; indicatorId: string; mean: number | null; n: number; own: OwnAnswer };

/**
 * Each indicator of an area whose organisation figure the disclosure module
 * let through, beside the practitioner's own answer. Withheld figures get no
 * row: the own answer is shown only where the organisation's figure is.
 */
export function pairOwnAnswers(area: AreaResult, own: Map<string, OwnAnswer>): OwnAnswerRow[] {
  return area.standards.flatMap((standard) =>
    standard.indicators.flatMap((indicator) =>
      indicator.hidden || indicator.n === null
        ? []
        : [
            {
              standardId: standard.id,
              indicatorId: indicator.id,
              mean: indicator.mean,
              n: indicator.n,
              own: own.get(indicator.id) ?? { kind: 'none' },
            },
          ],
    ),
  );
}
