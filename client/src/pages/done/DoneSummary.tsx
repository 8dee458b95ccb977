import { numberInstrument } from '@shared/instrument/numbering';
import type { Instrument } from '@shared/instrument/schema';
import type { OrganisationResults } from '@shared/results/types';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Feedback';
import { AreaResults } from '../results/AreaResults';
import { ScaleNote } from '../results/ScaleNote';
import { OwnAnswers } from './OwnAnswers';
import type { OwnAnswer } from './ownAnswers';

type Props = {
  results: OrganisationResults;
  instrument: Instrument;
  /** The practitioner's own answers kept in this tab, shown beside the organisation's figures; undefined when none. */
  own?: Map<string, OwnAnswer> | undefined;
  /** Shown after the scale note, before the areas (when the areas are shown). */
  intro?: ReactNode;
  /** More under each area's figures, so that each area's title is shown once. */
  areaExtra?: (areaId: string) => ReactNode;
};

/** The organisation's results so far (with the practitioner's own answers beside them), or why they are not shown yet. */
export function DoneSummary({ results, instrument, own, intro, areaExtra }: Props) {
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
          {own && <p className="muted">{t('ownAnswers.note')}</p>}
          {intro}
          {results.areas.map((area) => (
            <AreaResults key={area.id} area={area} numbered={numbered} scale={scale} headingLevel={3}>
              {own && <OwnAnswers area={area} numbered={numbered} own={own} />}
              {areaExtra?.(area.id)}
            </AreaResults>
          ))}
        </>
      ) : (
        <p>{t('summary.noScale')}</p>
      )}
    </>
  );
}
