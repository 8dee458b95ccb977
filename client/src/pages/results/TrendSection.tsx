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
      <h3>{t('trend.standardsTitle')}</h3>
      <ScrollRegion labelledBy="trend-standards-caption">
        <table className="result-table">
          <caption id="trend-standards-caption">{t('table.trendStandardsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.standard')}</th>
              {results.trend.map((point) => (
                <th scope="col" key={point.roundId}>
                  {roundLabel(point)}
                  <span className="muted table-sub">
                    {' '}
                    · {t('table.responsesInRound')} {point.responses}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {standards.map((id) => (
              <tr key={id}>
                <th scope="row">{elements.label(id)}</th>
                {trendOf(results.trend, 'standards', id, roundLabel).map((row) => (
                  <td key={row.roundId}>
                    <TrendCell row={row} words={words} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
