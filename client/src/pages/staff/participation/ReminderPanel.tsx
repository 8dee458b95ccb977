import type { Language } from '@shared/instrument/text';
import { LANGUAGES } from '@shared/instrument/text';
import type { ParticipationRow } from '@shared/participation/types';
import type { RoundSummary } from '@shared/rounds/types';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../../../components/CopyField';
import { useNameText } from '../../../components/LocalName';
import { loadBundle } from '../../../i18n';
import { reminderText } from './reminder';

/** A ready reminder for one organisation, in Finnish, Swedish or English, to copy into an email. */
export function ReminderPanel({
  row,
  round,
  onClose,
}: {
  row: ParticipationRow;
  round: RoundSummary;
  onClose: () => void;
}) {
  const { t } = useTranslation('desk');
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [language, setLanguage] = useState<Language>(row.organisation.language ?? 'fi');
  const [result, setResult] = useState<'copied' | 'failed'>();
  const nameText = useNameText();
  // The reminder's language may not be the page's: its texts are fetched when chosen.
  const [loaded, setLoaded] = useState<Language>();
  useEffect(() => {
    let current = true;
    void loadBundle(language, 'desk').then(
      () => current && setLoaded(language),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [language]);
  const text = loaded === language ? reminderText(row, round, language) : '';
  return (
    <section className="reminder card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('reminder.title', { organisation: nameText(row.organisation.name, row.organisation.language) })}
      </h2>
      <fieldset className="reminder__languages">
        <legend>{t('reminder.language')}</legend>
        {LANGUAGES.map((l) => (
          <label key={l} className="radio">
            <input
              type="radio"
              name={`${id}-lang`}
              value={l}
              checked={language === l}
              onChange={() => {
                setLanguage(l);
                setResult(undefined);
              }}
            />
            {t(`reminder.languages.${l}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-text`} className="field__label">
        {t('reminder.text')}
      </label>
      <textarea
        id={`${id}-text`}
        ref={area}
        className="field__input reminder__text"
        readOnly
        rows={12}
        value={text}
        aria-busy={text === ''}
      />
      <div className="reminder__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void copyText(text, area.current).then((ok) => setResult(ok ? 'copied' : 'failed'))}
        >
          {t('reminder.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('reminder.close')}
        </button>
      </div>
      <p role="status" className="copy-field__status">
        {result === 'copied' && t('reminder.copied')}
        {result === 'failed' && t('reminder.failed')}
      </p>
    </section>
  );
}
