import { localize } from '@shared/instrument/text';
import type { OrganisationResults, TrendPoint } from '@shared/results/types';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LineChart } from '../../components/charts/LineChart';
import type { DescribePoint } from '../../components/charts/types';
import { FigureView } from '../../components/results/FigureView';
import { ScrollRegion } from '../../components/ScrollRegion';
import { chartColors } from '../../components/theme';
import { useLanguage } from '../../i18n/useLanguage';
import { shownIndex, type TrendRow, trendOf } from '../../lib/results/chartData';
import { type FigureWords, figureState } from '../../lib/results/figures';
import { wrapText } from '../../lib/text';
import type { ElementText } from './useElementText';

type Props = { results: OrganisationResults; elements: ElementText; words: FigureWords };

/** A round's figure; a round whose results were withheld says so without a reason it does not know. */
function TrendCell({ row, words }: { row: TrendRow; words: FigureWords }) {
  const { t } = useTranslation('results');
  if (row.suppressed) return <span className="figure figure--none">{t('trend.suppressedRound')}</span>;
  return <FigureView state={figureState(row.figure)} words={words} />;
}

function AreaTrend({
  id,
  trend,
  elements,
  words,
  roundLabel,
}: {
  id: string;
  trend: TrendPoint[];
  elements: ElementText;
  words: FigureWords;
  roundLabel: (point: TrendPoint) => string;
}) {
  const { t } = useTranslation('results');
  const rows = useMemo(() => trendOf(trend, 'areas', id, roundLabel), [trend, id, roundLabel]);
  const title = elements.label(id);
  const labels = useMemo(
    () =>
      rows.map((row) => [
        ...wrapText(row.label, 18),
        row.figure && !row.figure.hidden
          ? t('figure.n', { n: row.figure.n })
          : words.hidden(row.figure?.reason ?? 'small'),
      ]),
    [rows, words, t],
  );
  const series = useMemo(
    () => [{ label: t('series.own'), color: chartColors.own, values: rows.map((row) => shownIndex(row.figure)) }],
    [rows, t],
  );
  const describe = useCallback<DescribePoint>(
    (_, pointIndex) => {
      const row = rows[pointIndex];
      const value = shownIndex(row?.figure);
      if (!row?.figure || value === null) return words.hidden(row?.figure?.reason ?? 'small');
      return t('chart.tooltipMean', { series: t('series.own'), value: words.integer(value), n: row.figure.n });
    },
    [rows, words, t],
  );
  return (
    <div className="trend-area">
      <LineChart
        title={wrapText(t('chart.trendTitle', { area: title }), 34)}
        labels={labels}
        series={series}
        describe={describe}
        min={0}
        max={100}
        xTitle={t('chart.roundAxis')}
        yTitle={t('chart.indexAxis')}
        ariaLabel={t('chart.trendLabel', { area: title })}
        table={
          <table className="result-table">
            <caption>{t('table.trendCaption', { area: title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.round')}</th>
                <th scope="col">{t('series.own')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.roundId}>
                  <th scope="row">{row.label}</th>
                  <td>
                    <TrendCell row={row} words={words} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </div>
  );
}

/** The organisation over the rounds of the same instrument: a line an area, and the standards as a table. */
export function TrendSection({ results, elements, words }: Props) {
  const { t } = useTranslation('results');
  const language = useLanguage();
  const roundLabel = useCallback((point: TrendPoint) => localize(point.name, language), [language]);
  const standards = results.areas.flatMap((area) => area.standards.map((s) => s.id));
  const indicators = results.areas.flatMap((area) => area.standards.flatMap((s) => s.indicators.map((i) => i.id)));
  return (
    <section className="report-section report-trend" aria-labelledby="trend-heading">
      <h2 id="trend-heading">{t('trend.title')}</h2>
      <p>{t('trend.intro')}</p>
      <div className="trend-grid">
        {results.areas.map((area) => (
          <AreaTrend
            key={area.id}
            id={area.id}
            trend={results.trend}
            elements={elements}
            words={words}
            roundLabel={roundLabel}
          />
        ))}
      </div>
      <TrendVersions trend={results.trend} roundLabel={roundLabel} />
      <h3>{t('trend.standardsTitle')}</h3>
      <TrendTable
        kind="standards"
        ids={standards}
        caption={t('table.trendStandardsCaption')}
        headerLabel={t('table.standard')}
        results={results}
        elements={elements}
        words={words}
        roundLabel={roundLabel}
      />
      <h3>{t('trendVersions.indicatorsTitle')}</h3>
      <TrendTable
        kind="indicators"
        ids={indicators}
        caption={t('trendVersions.indicatorsCaption')}
        headerLabel={t('table.indicator')}
        results={results}
        elements={elements}
        words={words}
        roundLabel={roundLabel}
      />
    </section>
  );
}

/** When the rounds used different instrument versions: which, what the marks mean and how merged figures are formed. */
function TrendVersions({ trend, roundLabel }: { trend: TrendPoint[]; roundLabel: (point: TrendPoint) => string }) {
  const { t } = useTranslation('results');
  if (new Set(trend.map((p) => p.instrumentVersion)).size < 2) return null;
  const list = trend.map((p) => `${roundLabel(p)} (${p.instrumentVersion})`).join(', ');
  return (
    <div className="notice notice--inline trend-versions">
      <p>{t('trendVersions.differ', { list })}</p>
      {trend.some((p) => p.changedStandards.length > 0) && <p>{t('trendVersions.changedNote')}</p>}
      <p>{t('trendVersions.mergedNote')}</p>
    </div>
  );
}

type TrendTableProps = {
  kind: 'standards' | 'indicators';
  ids: string[];
  caption: string;
  headerLabel: string;
  results: OrganisationResults;
  elements: ElementText;
  words: FigureWords;
  roundLabel: (point: TrendPoint) => string;
};

/** Standards or indicators by round, each round headed by its version; a standard that changed between versions is marked. */
function TrendTable({ kind, ids, caption, headerLabel, results, elements, words, roundLabel }: TrendTableProps) {
  const { t } = useTranslation('results');
  const captionId = `trend-${kind}-caption`;
  const changed = new Set(results.trend.flatMap((p) => p.changedStandards));
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="result-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{headerLabel}</th>
            {results.trend.map((point) => (
              <th scope="col" key={point.roundId}>
                {roundLabel(point)}
                <span className="muted table-sub">
                  {' '}
                  · {t('trendVersions.version', { version: point.instrumentVersion })} · {t('table.responsesInRound')}{' '}
                  {point.responses}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ids.map((id) => (
            <tr key={id}>
              <th scope="row">
                {elements.label(id)}
                {kind === 'standards' && changed.has(id) && (
                  <>
                    {' '}
                    <span className="badge trend-changed">{t('trendVersions.changed')}</span>
                  </>
                )}
              </th>
              {trendOf(results.trend, kind, id, roundLabel).map((row) => (
                <td key={row.roundId}>
                  <TrendCell row={row} words={words} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
