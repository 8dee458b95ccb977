import type { Instrument } from '@shared/instrument/schema';
import { localize } from '@shared/instrument/text';
import type { Reflections } from '@shared/responses/types';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { filterReflections, groupReflections, indicatorCount, type ReflectionFilter } from './reflections';

/** Up to this many texts in all, every area is open at once; past it, each opens on demand. */
const OPEN_ALL_UP_TO = 30;

/**
 * The others' anonymous comments: area → standard → question, each a list of
 * texts, narrowed by area and question with the counts that remain.
 */
export function ReflectionList({ instrument, reflections }: { instrument: Instrument; reflections: Reflections }) {
  const { t } = useTranslation('respond');
  const language = useLanguage();
  const id = useId();
  const all = useMemo(() => groupReflections(instrument, reflections), [instrument, reflections]);
  const [filter, setFilter] = useState<ReflectionFilter>({});
  if (all.length === 0) return <p>{t('reflections.none')}</p>;
  const { areas, count } = filterReflections(all, filter);
  const total = all.reduce((sum, area) => sum + area.count, 0);
  const chosenArea = all.find((area) => area.id === filter.areaId);
  const openAll = count <= OPEN_ALL_UP_TO || filter.areaId !== undefined;

  return (
    <div className="reflections">
      <div className="reflection-filters">
        <div className="reflection-filters__field">
          <label htmlFor={`${id}-area`}>{t('reflectionFilter.area')}</label>
          <select
            id={`${id}-area`}
            className="field__select"
            value={filter.areaId ?? ''}
            onChange={(event) => setFilter(event.target.value ? { areaId: event.target.value } : {})}
          >
            <option value="">{t('reflectionFilter.allAreas', { count: total })}</option>
            {all.map((area) => (
              <option key={area.id} value={area.id}>
                {`${area.number}. ${localize(area.title, language)} (${area.count})`}
              </option>
            ))}
          </select>
        </div>
        {chosenArea && (
          <div className="reflection-filters__field">
            <label htmlFor={`${id}-indicator`}>{t('reflectionFilter.question')}</label>
            <select
              id={`${id}-indicator`}
              className="field__select"
              value={filter.indicatorId ?? ''}
              onChange={(event) =>
                setFilter({ areaId: chosenArea.id, ...(event.target.value ? { indicatorId: event.target.value } : {}) })
              }
            >
              <option value="">{t('reflectionFilter.allQuestions', { count: chosenArea.count })}</option>
              {chosenArea.standards
                .flatMap((standard) => standard.indicators)
                .map((indicator) => (
                  <option key={indicator.id} value={indicator.id}>
                    {`${indicator.number} ${localize(indicator.question, language)} (${indicatorCount(indicator)})`}
                  </option>
                ))}
            </select>
          </div>
        )}
        <p className="reflection-filters__count" role="status">
          {t('reflectionFilter.showing', { count, total })}
        </p>
      </div>
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
