import { LANGUAGES, type Language } from '@shared/instrument/text';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../lib/problems';
import { TextAreaField, TextField } from './Field';

export type LocalizedValues = Record<Language, string>;

type Props = {
  /** The API field these texts are, e.g. `name`: problems of `name.sv` go to the Swedish control. */
  name: string;
  idPrefix: string;
  legend: string;
  hint?: string;
  values: LocalizedValues;
  onChange: (values: LocalizedValues) => void;
  errors: FieldErrors;
  /** The languages that must be filled in (Finnish is always one). */
  required?: readonly Language[];
  multiline?: boolean;
};

/** The control id of one language of a localized field. */
export const localizedId = (idPrefix: string, lang: Language) => `${idPrefix}-${lang}`;

/** A text in Finnish, Swedish and English: one fieldset, a labelled control a language. */
export function LocalizedFields({
  name,
  idPrefix,
  legend,
  hint,
  values,
  onChange,
  errors,
  required = ['fi'],
  multiline,
}: Props) {
  const { t } = useTranslation('staff');
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      {LANGUAGES.map((lang) => {
        const common = {
          id: localizedId(idPrefix, lang),
          label: t(`languages.in.${lang}`),
          lang,
          value: values[lang],
          onChange: (value: string) => onChange({ ...values, [lang]: value }),
          error: errors[`${name}.${lang}`] ?? (lang === 'fi' ? errors[name] : undefined),
          required: required.includes(lang),
        };
        return multiline ? <TextAreaField key={lang} rows={3} {...common} /> : <TextField key={lang} {...common} />;
      })}
    </fieldset>
  );
}
