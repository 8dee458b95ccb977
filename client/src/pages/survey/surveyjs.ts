/**
 * SurveyJS, configured once for the whole client: Finnish is the default
 * locale (compileToSurvey puts Finnish texts under `default`), SurveyJS's own
 * Finnish or Swedish button texts (only the language shown is loaded), headings that continue the page's
 * outline (page h2 → standard h3 → indicator h4), the default theme CSS
 * without its Google-hosted font, and our own rendering of a scale option.
 */
import 'survey-core/survey-core.fontless.min.css';
import { isLanguage, type Language } from '@shared/instrument/text';
import { settings, surveyLocalization } from 'survey-core';
import i18n from '../../i18n';

surveyLocalization.defaultLocale = 'fi';
settings.titleTags.survey = 'h2';
settings.titleTags.page = 'h2';
settings.titleTags.panel = 'h3';
settings.titleTags.question = 'h4';

/** SurveyJS's own texts per language; English is built in. */
const LOCALES: Record<Language, (() => Promise<unknown>) | undefined> = {
  fi: () => import('survey-core/i18n/finnish'),
  sv: () => import('survey-core/i18n/swedish'),
  en: undefined,
};
const locales = new Map<Language, Promise<void>>();

/** Resolves when SurveyJS's texts in `language` are registered (the same promise each time, for React's use()). */
export function loadSurveyLocale(language: Language): Promise<void> {
  let loading = locales.get(language);
  if (!loading) {
    loading = Promise.resolve(LOCALES[language]?.()).then(() => undefined);
    // Tried again next time after a failure (no network).
    loading.catch(() => locales.delete(language));
    locales.set(language, loading);
  }
  return loading;
}

// The page's language is known before the draft arrives: its texts load meanwhile.
if (isLanguage(i18n.language)) void loadSurveyLocale(i18n.language).catch(() => undefined);

// Registers the renderer the compiled rating questions name (SCALE_ITEM_COMPONENT).
import './ScaleItem';

export { Model, type SurveyModel } from 'survey-core';
export { Survey } from 'survey-react-ui';
