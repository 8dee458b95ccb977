import type { Instrument } from '@shared/instrument/schema';
import { localize } from '@shared/instrument/text';
import type { Reflections } from '@shared/responses/types';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { groupReflections } from './reflections';

/** Up to this many texts in all, every area is open at once; past it, each opens on demand. */
const OPEN_ALL_UP_TO = 30;

/** The others' anonymous comments: area → standard → question, each a list of texts. */
export function ReflectionList({ instrument, reflections }: { instrument: Instrument; reflections: Reflections }) {
  const { t } = useTranslation('respond');
  const language = useLanguage();
  const areas = useMemo(() => groupReflections(instrument, reflections), [instrument, reflections]);
  if (areas.length === 0) return <p>{t('reflections.none')}</p>;
  const openAll = areas.reduce((sum, area) => sum + area.count, 0) <= OPEN_ALL_UP_TO;

  return (
    <div className="reflections">
      {areas.map((area) => (
        <section key={area.id} className="reflection-area" aria-labelledby={`reflections-${area.id}`}>
          <h3 id={`reflections-${area.id}`}>
            {area.number}. {localize(area.title, language)}
          </h3>
          <details open={openAll}>
            <summary>{t('reflections.show', { count: area.count })}</summary>
            {area.standards.map((standard) => (
              <div key={standard.id} className="reflection-standard">
                <h4>
                  {standard.number} {localize(standard.statement, language)}
                </h4>
                {standard.indicators.map((indicator) => (
                  <div key={indicator.id} className="reflection-indicator">
                    <h5>
                      {indicator.number} {localize(indicator.question, language)}
                    </h5>
                    <ul className="reflection-texts">
                      {indicator.texts.map(({ text, count }) => (
                        <li key={text}>
                          {text}
                          {count > 1 && (
                            <span className="reflection-texts__count"> {t('reflections.times', { count })}</span>
                          )}
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
              </div>
            ))}
          </details>
        </section>
      ))}
    </div>
  );
}
