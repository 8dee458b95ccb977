/**
 * SurveyJS, configured once for the whole client: Finnish is the default
 * locale (compileToSurvey puts Finnish texts under `default`), SurveyJS's own
 * Finnish and Swedish button texts, headings that continue the page's
 * outline (page h2 → standard h3 → indicator h4), the default theme CSS
 * without its Google-hosted font, and our own rendering of a scale option.
 */
import 'survey-core/survey-core.fontless.min.css';
import 'survey-core/i18n/finnish';
import 'survey-core/i18n/swedish';
import { settings, surveyLocalization } from 'survey-core';

surveyLocalization.defaultLocale = 'fi';
settings.titleTags.survey = 'h2';
settings.titleTags.page = 'h2';
settings.titleTags.panel = 'h3';
settings.titleTags.question = 'h4';

// Registers the renderer the compiled rating questions name (SCALE_ITEM_COMPONENT).
import './ScaleItem';

export { Model, type SurveyModel } from 'survey-core';
export { Survey } from 'survey-react-ui';
