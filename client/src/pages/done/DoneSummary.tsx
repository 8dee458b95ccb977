import { numberInstrument } from '@shared/instrument/numbering';
import type { Instrument } from '@shared/instrument/schema';
import type { OrganisationResults } from '@shared/results/types';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Feedback';
import { AreaResults } from '../results/AreaResults';
import { ScaleNote } from '../results/ScaleNote';

/** The organisation's results so far, or why they are not shown yet. */
export function DoneSummary({ results, instrument }: { results: OrganisationResults; instrument: Instrument }) {
  const { t } = useTranslation('respond');
  const numbered = useMemo(() => numberInstrument(instrument), [instrument]);
  const { scale } = instrument;

  if (results.suppressed) {
    return (
      <Notice kind="info" title={t('summary.suppressedTitle')} headingLevel={3}>
        <p>{t('summary.suppressedSmall', { count: results.minGroupSize })}</p>
        <p>{t('summary.responsesNow', { count: results.responses })}</p>
      </Notice>
    );
  }
  return (
    <>
      <p className="response-count">
        {t('summary.responses', { count: results.responses })}
        {results.participants !== null && ` ${t('summary.participants', { count: results.participants })}`}
      </p>
      {scale ? (
        <>
          <ScaleNote scale={scale} />
          {results.areas.map((area) => (
            <AreaResults key={area.id} area={area} numbered={numbered} scale={scale} headingLevel={3} />
          ))}
        </>
      ) : (
        <p>{t('summary.noScale')}</p>
      )}
    </>
  );
}
