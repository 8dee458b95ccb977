import { localize } from '@shared/instrument/text';
import { summarise } from '@shared/results/summary.shared';
import type { OrganisationResults } from '@shared/results/types';
import type { RoundDetail } from '@shared/rounds/types';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { downloads, useResults } from '../../api/results';
import { useSession } from '../../api/session';
import { useRound } from '../../api/staff';
import { LocalName, useNameText } from '../../components/LocalName';
import { Page } from '../../components/Page';
import { ExportLinks } from '../../components/results/ExportLinks';
import { useFigureWords } from '../../components/results/useFigureWords';
import { usePrintDetails } from '../../components/usePrintDetails';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { staffPaths } from '../../lib/paths';
import { hasTrend } from '../../lib/results/chartData';
import { AreaSection } from './AreaSection';
import { AreasOverview } from './AreasOverview';
import { PrintPageBoxes } from './PrintPageBoxes';
import { ReportHeader } from './ReportHeader';
import { ReportSummarySection } from './ReportSummary';
import { ScaleNote } from './ScaleNote';
import { SuppressedNotice } from './SuppressedNotice';
import { TrendSection } from './TrendSection';
import { useElementText } from './useElementText';

/** True when any of the report's figures (own, region or country) is withheld. */
const anyHidden = (results: OrganisationResults) =>
  results.areas.some((a) =>
    [a, ...a.standards, ...a.standards.flatMap((s) => s.indicators)].some(
      (f) => f.hidden || f.region.hidden || f.country.hidden,
    ),
  );

function ReportBody({ round, results }: { round: RoundDetail; results: OrganisationResults }) {
  const { t } = useTranslation('results');
  const elements = useElementText(round.instrument);
  const words = useFigureWords(results.minGroupSize);
  const scale = round.instrument.scale;
  const summary = useMemo(() => summarise(results), [results]);
  if (results.suppressed) return <SuppressedNotice results={results} />;
  if (results.areas.length === 0 || !scale) return <p>{t('figure.empty')}</p>;
  return (
    <>
      <ReportSummarySection results={results} summary={summary} elements={elements} words={words} />
      <ScaleNote scale={scale} />
      <p className="band-legend">
        {t('band.legend', { fair: 50, goodBelow: 74, good: 75 })}{' '}
        {(['weak', 'fair', 'good'] as const).map((band) => (
          <span key={band} className={`band band--${band}`}>
            <span className="band__mark" aria-hidden="true" />
            {t(`band.${band}`)}
          </span>
        ))}
      </p>
      {anyHidden(results) && <p className="muted">{t('report.withheldNote', { count: results.minGroupSize })}</p>}
      {!results.textsShown && <p className="muted">{t('report.textsHidden', { count: results.minTextGroupSize })}</p>}
      <AreasOverview results={results} elements={elements} words={words} />
      {results.areas.map((area) => (
        <AreaSection key={area.id} area={area} scale={scale} elements={elements} words={words} />
      ))}
      {hasTrend(results) && <TrendSection results={results} elements={elements} words={words} />}
    </>
  );
}

/** An organisation's report: figures against the region and the country, distributions, evidence and trend. */
export default function ResultsPage() {
  const { t } = useTranslation('results');
  const desk = useTranslation('desk').t;
  const language = useLanguage();
  const format = useFormat();
  const { user } = useSession();
  const { roundId, organisationId } = useParams();
  const round = useRound(roundId);
  const results = useResults(roundId, organisationId);
  const nameText = useNameText();
  const organisation = results.data?.organisation;
  const organisationName = organisation && nameText(organisation.name, organisation.language);
  usePrintDetails();

  const error = round.error ?? results.error;
  const reload = () => {
    round.reload();
    results.reload();
  };
  const shown = results.data && !results.data.suppressed;
  const [appendix, setAppendix] = useState(false);
  const appendixId = useId();

  return (
    <Page
      title={organisationName ?? t('report.heading')}
      heading={organisation ? <LocalName name={organisation.name} own={organisation.language} /> : undefined}
      documentTitle={organisationName ? `${t('report.documentTitle')}: ${organisationName}` : t('report.documentTitle')}
      className={appendix ? 'page--results print-appendix' : 'page--results'}
      sub={<p className="page-heading__sub">{t('report.heading')}</p>}
      loading={round.loading || results.loading}
      error={error}
      errorTitle={t('report.loadTitle')}
      onRetry={reload}
    >
      {round.data && results.data && roundId && organisationId && (
        <>
          <PrintPageBoxes
            left={`${organisationName} · ${localize(round.data.name, language)}`}
            right={desk('summary.printed', { date: format.date(new Date().toISOString()) })}
            page={desk('summary.page')}
          />
          <ReportHeader round={round.data} results={results.data} />
          <div className="report-tools no-print">
            {user && (
              <p>
                <Link to={staffPaths.plan(roundId, organisationId)}>{t('report.plan')}</Link>
              </p>
            )}
            {shown && (
              <ExportLinks
                links={(['csv', 'xlsx'] as const).map((format) => ({
                  href: downloads.organisation(roundId, organisationId, format, language),
                  label: t(`export.${format}`),
                }))}
                onPrint={() => window.print()}
              />
            )}
            {shown && (
              <p className="checkbox">
                <input
                  id={appendixId}
                  type="checkbox"
                  checked={appendix}
                  onChange={(event) => setAppendix(event.target.checked)}
                />
                <label htmlFor={appendixId}>{desk('summary.printDetails')}</label>
              </p>
            )}
          </div>
          <ReportBody round={round.data} results={results.data} />
        </>
      )}
    </Page>
  );
}
