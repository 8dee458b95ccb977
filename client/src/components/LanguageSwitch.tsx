import { LANGUAGES } from '@shared/instrument/text';
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../i18n';
import { useLanguage } from '../i18n/useLanguage';

/** fi / sv / en buttons, each named in its own language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="language-switch__button"
          aria-pressed={lang === current}
          onClick={() => chooseLanguage(lang)}
        >
          {t(`language.${lang}`)}
        </button>
      ))}
    </fieldset>
  );
}
