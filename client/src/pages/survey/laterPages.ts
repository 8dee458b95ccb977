/**
 * Making the SurveyJS model of a whole instrument (every question with every
 * option in three languages) is most of the work before the first question
 * can be answered. So the model is first made with the questions of the page
 * it opens at only; each other page holds one empty placeholder (a page
 * without elements would be skipped as invisible, shifting page numbers) and
 * gets its questions right after the first screen, one page per task so that
 * the page answers input meanwhile, or at once when it is opened before then.
 * Answers live in the model's data, not in its questions, so nothing waits
 * for a page to be filled except showing it.
 */
import type { SurveyJson } from '@shared/instrument/compile';
import { type CurrentPageChangingEvent, type IElement, Serializer } from 'survey-core';
import type { SurveyModel } from './surveyjs';

type PageJson = SurveyJson['pages'][number];

const PLACEHOLDER = '__laatupeili_later';

export type LaterPages = {
  /** The survey JSON to make the model from: the page at `first` complete, the others with a placeholder. */
  json: SurveyJson;
  /** Gives the model's pages their questions: `page` (an index) at once, or all, one per task. */
  fill: (model: SurveyModel, page?: number) => void;
  /** Fills every page still waiting, one per task; returns a cancel. */
  fillSoon: (model: SurveyModel) => () => void;
};

const pending = new WeakMap<SurveyModel, LaterPages>();

/** Every page of the model with its questions now (before looking a question up by name). */
export function fillAllPages(model: SurveyModel): void {
  pending.get(model)?.fill(model);
}

/** Fills the model's waiting pages, one per task, after the first screen; returns a cancel. */
export function fillPagesSoon(model: SurveyModel): () => void {
  return pending.get(model)?.fillSoon(model) ?? (() => undefined);
}

/** Remembers which model `later` belongs to, for fillAllPages. */
export function keepLaterPages(model: SurveyModel, later: LaterPages): void {
  pending.set(model, later);
}

export function laterPages(full: SurveyJson, first: number): LaterPages {
  const waiting = new Map<number, PageJson>();
  const pages = full.pages.map((page, index) => {
    if (index === first) return page;
    waiting.set(index, page);
    return { ...page, elements: [{ type: 'html', name: `${PLACEHOLDER}_${index}`, html: '' }] };
  });

  const fill = (model: SurveyModel, index?: number) => {
    for (const i of index === undefined ? [...waiting.keys()] : [index]) {
      const json = waiting.get(i);
      const page = model.pages[i];
      if (!json || !page) continue;
      waiting.delete(i);
      const elements = ((json.elements ?? []) as Array<Record<string, unknown>>).map((element) => {
        const made = Serializer.createClass(String(element.type)) as IElement & { fromJSON: (json: unknown) => void };
        made.fromJSON(element);
        return made;
      });
      for (const placeholder of [...page.elements]) page.removeElement(placeholder);
      for (const element of elements) page.addElement(element);
    }
  };

  const fillSoon = (model: SurveyModel) => {
    // A page opened before its turn is filled before it is shown.
    const onChanging = (_: SurveyModel, options: CurrentPageChangingEvent) => {
      const index = options.newCurrentPage ? model.pages.indexOf(options.newCurrentPage) : -1;
      if (index >= 0) fill(model, index);
    };
    model.onCurrentPageChanging.add(onChanging);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => {
      const [index] = waiting.keys();
      if (index === undefined) return;
      fill(model, index);
      timer = setTimeout(next, 0);
    };
    timer = setTimeout(next, 0);
    return () => {
      clearTimeout(timer);
      model.onCurrentPageChanging.remove(onChanging);
    };
  };

  return { json: { ...full, pages }, fill, fillSoon };
}
