import type { Language, LocalizedText } from '@shared/instrument/text';
import { useTranslation } from 'react-i18next';

type Props = {
  /** Says what the text is and where: "1.2.3 Question". */
  legend: string;
  text: LocalizedText | undefined;
  languages: readonly Language[];
  /** Unique per text: the inputs' ids are `${idBase}-${lang}`. */
  idBase: string;
  onChange: (lang: Language, value: string) => void;
  long?: boolean;
};

/** One text in every language side by side, edited in place; a missing translation is marked, not only coloured. */
export function TextFields({ legend, text, languages, idBase, onChange, long = false }: Props) {
  const { t } = useTranslation('staff');
  return (
    <fieldset className="editor-text">
      <legend className="editor-text__legend">{legend}</legend>
      <div className="editor-text__languages">
        {languages.map((lang) => {
          const value = text?.[lang] ?? '';
          const missing = value.trim() === '';
          const id = `${idBase}-${lang}`;
          const Input = long ? 'textarea' : 'input';
          return (
            <div key={lang} className={`editor-text__field${missing ? ' editor-text__field--missing' : ''}`}>
              <label htmlFor={id} className="editor-text__label">
                {t(`languages.plain.${lang}`)}
                {missing && <span className="editor-text__missing"> – {t('editor.missing')}</span>}
              </label>
              <Input
                id={id}
                lang={lang}
                className={long ? 'field__textarea' : 'field__input'}
                value={value}
                rows={long ? 2 : undefined}
                onChange={(e) => onChange(lang, e.target.value)}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
