import type { Answers } from '@shared/instrument/answers';
import { answersToSurveyData, compileToSurvey } from '@shared/instrument/compile';
import type { Instrument } from '@shared/instrument/schema';
import { type Language, LIMITS } from '@shared/instrument/text';
import { use, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { surveyTheme } from '../../components/theme';
import { improveAccessibility } from './a11y';
import { fillPagesSoon, keepLaterPages, laterPages } from './laterPages';
import { showTextsAsWritten } from './plainText';
import { resumePage } from './progress';
import { loadSurveyLocale, Model, type SurveyModel } from './surveyjs';

type Options = { instrument: Instrument; language: Language; initialAnswers: Answers };

/**
 * The SurveyJS model of an instrument with the draft's answers, opened at
 * the page where the respondent left off; its locale follows the UI language.
 * Suspends (React's use) until SurveyJS's texts in the first language are here.
 */
export function useSurveyModel({ instrument, language, initialAnswers }: Options): SurveyModel {
  const { t } = useTranslation('respond');
  const [firstLanguage] = useState(language);
  use(loadSurveyLocale(firstLanguage));
  const [model] = useState(() => {
    const later = laterPages(compileToSurvey(instrument), resumePage(instrument, initialAnswers));
    const survey = new Model(later.json);
    keepLaterPages(survey, later);
    survey.applyTheme(surveyTheme);
    // The page shows the instrument's title above the form.
    survey.showTitle = false;
    // Left-aligned with the page's own text instead of a centred column.
    survey.widthMode = 'responsive';
    // Moving between areas never blocks: SurveyForm checks the required answers at "Submit" and lists the missing ones.
    survey.validationEnabled = false;
    // Texts reach the autosave as they are typed, not only when the field loses focus.
    survey.textUpdateMode = 'onTyping';
    // The server's limit, enforced while typing rather than refused on save.
    survey.maxTextLength = LIMITS.answerText;
    survey.maxCommentLength = LIMITS.answerText;
    improveAccessibility(survey);
    // SurveyJS scrolls to the page's top when it first renders, which would hide the page's own heading;
    // only moving to another area scrolls there.
    let moved = false;
    survey.onCurrentPageChanged.add(() => {
      moved = true;
    });
    survey.onScrollingElementToTop.add((_, options) => {
      if (options.page && !options.question && !moved) options.cancel = true;
    });
    showTextsAsWritten(survey);
    survey.data = answersToSurveyData(instrument, initialAnswers);
    survey.currentPageNo = resumePage(instrument, initialAnswers);
    survey.locale = language;
    // "Submit answers" instead of SurveyJS's "Complete", in the language shown (only its texts are loaded).
    survey.completeText = t('survey.submit');
    return survey;
  });

  // Another language: SurveyJS's own texts in it are fetched first (the first one is, before the model is made).
  useEffect(() => {
    let current = true;
    const apply = () => {
      if (!current) return;
      model.locale = language;
      model.completeText = t('survey.submit');
    };
    loadSurveyLocale(language).then(apply, apply);
    return () => {
      current = false;
    };
  }, [model, language, t]);

  // The other areas' questions, once the first screen is there.
  useEffect(() => fillPagesSoon(model), [model]);

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

  return model;
}
