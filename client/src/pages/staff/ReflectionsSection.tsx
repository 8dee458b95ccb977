import { numberInstrument } from '@shared/instrument/numbering';
import type { Instrument } from '@shared/instrument/schema';
import { displayNumber, localize } from '@shared/instrument/text';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { reflectionsCsvPath, useReflections } from '../../api/staff';
import { ErrorNotice, Loading } from '../../components/Feedback';
import { useLanguage } from '../../i18n/useLanguage';

/**
 * The round's evidence texts and open answers, grouped by indicator in the
 * instrument's order with its display number (organisations below the
 * minimum group size are left out by the server), and their CSV export.
 */
export function ReflectionsSection({ roundId, instrument }: { roundId: string; instrument: Instrument }) {
  const { t } = useTranslation('staff');
  const language = useLanguage();
  const reflections = useReflections(roundId);
  const numbered = useMemo(() => numberInstrument(instrument), [instrument]);
  const total = reflections.data?.indicators.reduce((sum, i) => sum + i.texts.length, 0) ?? 0;
  const byIndicator = useMemo(
    () => new Map((reflections.data?.indicators ?? []).map((i) => [i.indicatorId, i.texts])),
    [reflections.data],
  );

  return (
    <section className="section" aria-labelledby="reflections-heading">
      <h2 id="reflections-heading">{t('reflections.title')}</h2>
      <p>{t('reflections.intro')}</p>
      <p>
        <a className="button button--secondary" href={reflectionsCsvPath(roundId, language)} download>
          {t('reflections.csv')}
        </a>
      </p>
      {reflections.loading && <Loading />}
      {reflections.error && <ErrorNotice error={reflections.error} onRetry={reflections.reload} />}
      {reflections.data && total === 0 && <p>{t('reflections.none')}</p>}
      {reflections.data && total > 0 && (
        <>
          <p>{t('reflections.count', { count: total, indicators: reflections.data.indicators.length })}</p>
          {instrument.areas.map((area, a) => {
            const items = area.standards.flatMap((standard) =>
              standard.indicators.flatMap((indicator) => {
                const texts = byIndicator.get(indicator.id);
                return texts ? [{ id: indicator.id, texts }] : [];
              }),
            );
            if (items.length === 0) return null;
            return (
              <div key={area.id} className="reflections">
                <h3>
                  {displayNumber(a)}. {localize(area.title, language)}
                </h3>
                {items.map(({ id, texts }) => {
                  const element = numbered.get(id);
                  return (
                    <details key={id} className="reflections__indicator">
                      <summary>
                        <span className="reflections__number">{element?.number ?? id}</span>{' '}
                        {localize(element?.text, language)}{' '}
                        <span className="muted">({t('reflections.texts', { count: texts.length })})</span>
                      </summary>
                      <ul className="reflections__texts">
                        {texts.map((text, index) => (
                          // Texts repeat (and are sorted by the server); their place in the list is their identity.
                          // biome-ignore lint/suspicious/noArrayIndexKey: see above
                          <li key={index}>{text}</li>
                        ))}
                      </ul>
                    </details>
                  );
                })}
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
