import type { OrganisationResults } from '@shared/results/types';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RadarChart } from '../../components/charts/RadarChart';
import { ComparisonTable } from '../../components/results/ComparisonTable';
import { areaRows } from '../../lib/results/chartData';
import type { FigureWords } from '../../lib/results/figures';
import { wrapText } from '../../lib/text';
import { useMediaQuery } from '../../lib/useMediaQuery';
import { useComparisonChart } from './useComparisonChart';
import type { ElementText } from './useElementText';

type Props = { results: OrganisationResults; elements: ElementText; words: FigureWords };

/** The four areas at a glance: a radar of the index against the region and the country, and its table. */
export function AreasOverview({ results, elements, words }: Props) {
  const { t } = useTranslation('results');
  const narrow = useMediaQuery('(max-width: 40rem)');
  const rows = useMemo(() => areaRows(results, elements.label), [results, elements]);
  const { labels, series, describe } = useComparisonChart(rows, 'index', words, narrow ? 14 : 26);
  return (
    <section className="report-section" aria-labelledby="areas-heading">
      <h2 id="areas-heading">{t('report.areasTitle')}</h2>
      <p>{t('report.areasIntro')}</p>
      <RadarChart
        title={wrapText(t('chart.radarTitle'), narrow ? 34 : 90)}
        labels={labels}
        series={series}
        describe={describe}
        ariaLabel={t('chart.radarLabel')}
        table={
          <ComparisonTable caption={t('table.areasCaption')} firstColumn={t('table.area')} rows={rows} words={words} />
        }
      />
    </section>
  );
}
