import fs from 'node:fs';
import path from 'node:path';
import { answersToSurveyData, compileToSurvey } from '@shared/instrument/compile';
import { Instrument } from '@shared/instrument/schema';
import { Model, type Question } from 'survey-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillAllPages, fillPagesSoon, keepLaterPages, laterPages } from './laterPages';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..', '..');
const elo = Instrument.parse(
  JSON.parse(fs.readFileSync(path.join(ROOT, 'instruments', 'elo-quality', '1.0.0.json'), 'utf8')),
);
const ratings = elo.areas.map((area) =>
  area.standards.flatMap((s) => s.indicators.filter((i) => i.kind === 'rating').map((i) => i.id)),
);

/** The model as useSurveyModel makes it: opened at `first`, with answers on the first and the last area. */
function makeModel(first: number) {
  const full = compileToSurvey(elo);
  const later = laterPages(full, first);
  const model = new Model(later.json);
  keepLaterPages(model, later);
  const last = ratings.length - 1;
  model.data = answersToSurveyData(elo, { [ratings[0]![0]!]: { value: 4 }, [ratings[last]![1]!]: { na: true } });
  model.currentPageNo = first;
  return { full, model };
}

const questionNames = (model: Model) => model.getAllQuestions().map((q: Question) => q.name);

afterEach(() => vi.useRealTimers());

describe('laterPages', () => {
  it("makes the model with the first page's questions only, on every page at its own number", () => {
    const { full, model } = makeModel(1);
    expect(model.pages.map((p) => p.name)).toEqual(full.pages.map((p) => p.name));
    expect(model.visiblePages).toHaveLength(full.pages.length);
    expect(model.currentPageNo).toBe(1);
    expect(model.currentPage.questions.map((q: Question) => q.name)).toEqual(expect.arrayContaining(ratings[1]!));
    expect(model.pages[0]!.questions.map((q: Question) => q.name)).toEqual([
      expect.stringMatching(/^__laatupeili_later/),
    ]);
    // The answers are in the model's data before their questions exist.
    expect(model.data[ratings[0]![0]!]).toBe(4);
  });

  it('gives a page its questions, showing the answers already given, and all pages the full instrument', () => {
    const { full, model } = makeModel(1);
    fillAllPages(model);
    const everyQuestion = new Model(full);
    expect(questionNames(model)).toEqual(questionNames(everyQuestion));
    expect(model.getQuestionByName(ratings[0]![0]!)?.value).toBe(4);
    const notApplicable = ratings.at(-1)![1]!;
    expect(model.data[notApplicable]).toBeDefined();
    expect(model.getQuestionByName(notApplicable)?.value).toBe(model.data[notApplicable]);
    expect(model.getQuestionByName(ratings[0]![0]!)?.isRequired).toBe(true);
    // Answering a question added later reaches the model's data as any other.
    model.getQuestionByName(ratings[2]![0]!)!.value = 2;
    expect(model.data[ratings[2]![0]!]).toBe(2);
  });

  it('fills the waiting pages one per task, and a page opened before its turn at once', () => {
    vi.useFakeTimers();
    const { model } = makeModel(0);
    const cancel = fillPagesSoon(model);
    model.currentPageNo = 3;
    expect(model.currentPage.questions.map((q: Question) => q.name)).toEqual(expect.arrayContaining(ratings[3]!));
    expect(model.pages[1]!.questions[0]!.name).toMatch(/^__laatupeili_later/);
    vi.advanceTimersByTime(0);
    expect(model.pages[1]!.questions.map((q: Question) => q.name)).toEqual(expect.arrayContaining(ratings[1]!));
    expect(model.pages[2]!.questions[0]!.name).toMatch(/^__laatupeili_later/);
    vi.runAllTimers();
    expect(model.getAllQuestions().some((q: Question) => q.name.startsWith('__laatupeili_later'))).toBe(false);
    cancel();
  });
});
