import { useEffect, useMemo } from 'react';
import { compileToSurvey } from '../../../../server/src/instrument/compile';
import type { Instrument, Language } from '../../../../server/src/instrument/schema';
import { surveyTheme } from '../../components/theme';
import { improveAccessibility } from './a11y';
import { loadDraft, saveDraft } from './draft';
import { Model, type SurveyModel } from './surveyjs';

type Options = { instrument: Instrument; language: Language; roundId: string; organisationId: string };

/**
 * The SurveyJS model of an instrument, restored from and saved to the
 * session's draft, its locale following the UI language.
 */
export function useSurveyModel({ instrument, language, roundId, organisationId }: Options): {
  model: SurveyModel;
  responseId: string;
} {
  const { model, responseId } = useMemo(() => {
    const draft = loadDraft(roundId, organisationId);
    const survey = new Model(compileToSurvey(instrument));
    survey.applyTheme(surveyTheme);
    // The page shows the instrument's title and description above the form.
    survey.showTitle = false;
    // Left-aligned with the page's own text instead of a centred column.
    survey.widthMode = 'responsive';
    survey.progressBarShowPageTitles = true;
    // Evidence texts reach the draft as they are typed, not only when the field loses focus.
    survey.textUpdateMode = 'onTyping';
    improveAccessibility(survey);
    survey.data = draft.data;
    if (draft.pageNo > 0 && draft.pageNo < survey.pageCount) survey.currentPageNo = draft.pageNo;
    const save = () =>
      saveDraft(roundId, organisationId, {
        responseId: draft.responseId,
        data: survey.data,
        pageNo: survey.currentPageNo,
      });
    survey.onValueChanged.add(save);
    survey.onCurrentPageChanged.add(save);
    return { model: survey, responseId: draft.responseId };
  }, [instrument, roundId, organisationId]);

  useEffect(() => {
    model.locale = language;
  }, [model, language]);

  // Move focus to the new page's heading, so keyboard and screen reader users start at its top.
  useEffect(() => {
    const focusPage = () => {
      requestAnimationFrame(() => {
        const heading = document.querySelector<HTMLElement>('.sd-page__title');
        heading?.setAttribute('tabindex', '-1');
        heading?.focus();
      });
    };
    model.onCurrentPageChanged.add(focusPage);
    return () => model.onCurrentPageChanged.remove(focusPage);
  }, [model]);

  return { model, responseId };
}
