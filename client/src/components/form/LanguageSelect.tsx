import { isLanguage, LANGUAGES, type Language } from '@shared/instrument/text';
import { useTranslation } from 'react-i18next';
import { SelectField } from './Field';

type Props = {
  id: string;
  label: string;
  hint?: string;
  value: Language | '';
  onChange: (value: Language | '') => void;
  error?: string;
  /** What no language means here, e.g. "the respondent's browser language". */
  noneLabel: string;
};

/** A choice of one of our languages (each by its own name), or none. */
export function LanguageSelect({ noneLabel, onChange, ...field }: Props) {
  const { t } = useTranslation('staff');
  return (
    <SelectField {...field} onChange={(value) => onChange(isLanguage(value) ? value : '')}>
      <option value="">{noneLabel}</option>
      {LANGUAGES.map((lang) => (
        <option key={lang} value={lang}>
          {t(`languages.name.${lang}`)}
        </option>
      ))}
    </SelectField>
  );
}
