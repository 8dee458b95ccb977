import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { numberInstrument } from '../../../../server/src/instrument/numbering';
import { localize } from '../../../../server/src/instrument/text';
import type { OrganisationResults } from '../../../../server/src/results/types';
import type { RoundDetail } from '../../../../server/src/rounds/types';
import { useResults, useRound } from '../../api/hooks';
import { ErrorNotice, Loading, Notice } from '../../components/Feedback';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLanguage } from '../../i18n/useLanguage';
import { AreaResults } from './AreaResults';
import { ScaleNote } from './ScaleNote';

type BodyProps = { round: RoundDetail; results: OrganisationResults };

function ResultsBody({ round, results }: BodyProps) {
  const { t } = useTranslation();
  const numbered = useMemo(() => numberInstrument(round.instrument), [round.instrument]);

  if (results.suppressed) {
    return (
      <Notice kind="info" title={t('results.suppressedTitle')}>
        <p>{t('results.suppressed', { count: results.minGroupSize })}</p>
        <p>{t('results.suppressedNow', { count: results.responses })}</p>
      </Notice>
    );
  }
  if (results.areas.length === 0) return <p>{t('results.noAreas')}</p>;
  return (
    <>
      <ScaleNote scale={round.instrument.scale} />
      {results.areas.map((area) => (
        <AreaResults key={area.id} area={area} numbered={numbered} scale={round.instrument.scale} />
      ))}
    </>
  );
}

export default function ResultsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { roundId, organisationId } = useParams();
  const round = useRound(roundId);
  const results = useResults(roundId, organisationId);
  const organisationName = results.data?.organisation.name;
  useDocumentTitle(
    organisationName ? `${t('results.documentTitle')}: ${organisationName}` : t('results.documentTitle'),
  );

  const error = round.error ?? results.error;
  const reload = () => {
    round.reload();
    results.reload();
  };

  return (
    <div className="page page--results">
      <div className="page-heading">
        <div>
          <h1 tabIndex={-1}>{organisationName ?? t('results.heading')}</h1>
          {round.data && (
            <p className="page-heading__sub">
              {t('results.heading')} · {localize(round.data.name, language)} ·{' '}
              {localize(round.data.instrument.title, language)}
            </p>
          )}
        </div>
        {results.data && !results.data.suppressed && (
          <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
            {t('common.print')}
          </button>
        )}
      </div>
      {(round.loading || results.loading) && !error && <Loading />}
      {error && <ErrorNotice error={error} onRetry={reload} />}
      {round.data && results.data && (
        <>
          <p className="response-count">{t('results.responses', { count: results.data.responses })}</p>
          <ResultsBody round={round.data} results={results.data} />
        </>
      )}
    </div>
  );
}
