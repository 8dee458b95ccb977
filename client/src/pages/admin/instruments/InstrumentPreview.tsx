import { compileToSurvey } from '@shared/instrument/compile';
import type { Instrument } from '@shared/instrument/schema';
import { type Language, localize } from '@shared/instrument/text';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { surveyTheme } from '../../../components/theme';
import { useLanguage } from '../../../i18n/useLanguage';
import { improveAccessibility } from '../../survey/a11y';
import { showTextsAsWritten } from '../../survey/plainText';
import { Model, Survey } from '../../survey/surveyjs';

/**
 * The instrument as respondents see it (the same compiler, theme and
 * SurveyJS settings as the survey page), in a language chosen here and not
 * the page's. Nothing is checked or sent: pages can be turned freely.
 */
export default function InstrumentPreview({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation('staff');
  const uiLanguage = useLanguage();
  const languages = instrument.languages;
  const [language, setLanguage] = useState<Language>(languages.includes(uiLanguage) ? uiLanguage : 'fi');

  const model = useMemo(() => {
    const survey = new Model(compileToSurvey(instrument));
    survey.applyTheme(surveyTheme);
    survey.showTitle = false;
    survey.widthMode = 'responsive';
    // The survey page draws its own area steps; the preview keeps SurveyJS's progress bar.
    survey.showProgressBar = 'top';
    survey.progressBarType = 'pages';
    survey.progressBarShowPageTitles = true;
    survey.validationEnabled = false;
    survey.showCompleteButton = false;
    improveAccessibility(survey);
    showTextsAsWritten(survey);
    return survey;
  }, [instrument]);

  useEffect(() => {
    model.locale = language;
  }, [model, language]);

  return (
    <div className="preview">
      <fieldset className="language-switch preview__languages">
        <legend className="preview__legend">{t('preview.language')}</legend>
        {languages.map((lang) => (
          <button
            key={lang}
            type="button"
            lang={lang}
            className="language-switch__button"
            aria-pressed={lang === language}
            onClick={() => setLanguage(lang)}
          >
            {t(`languages.name.${lang}`)}
          </button>
        ))}
      </fieldset>
      <p className="muted">{t('preview.note')}</p>
      <div className="preview__frame survey" lang={language}>
        <h3 className="preview__title">{localize(instrument.title, language)}</h3>
        {instrument.description && <p>{localize(instrument.description, language)}</p>}
        {instrument.introduction && <p>{localize(instrument.introduction, language)}</p>}
        <Survey model={model} />
      </div>
    </div>
  );
}
