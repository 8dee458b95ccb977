import type { Scale } from '@shared/instrument/schema';
import type { AreaResult } from '@shared/results/types';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ComparisonBarChart } from '../../components/charts/ComparisonBarChart';
import { ComparisonTable } from '../../components/results/ComparisonTable';
import { FigureView } from '../../components/results/FigureView';
import { standardRows } from '../../lib/results/chartData';
import { type FigureWords, figureState } from '../../lib/results/figures';
import { wrapText } from '../../lib/text';
import { useMediaQuery } from '../../lib/useMediaQuery';
import { IndicatorDetails } from './IndicatorDetails';
import { StandardDistribution } from './StandardDistribution';
import { useComparisonChart } from './useComparisonChart';
import type { ElementText } from './useElementText';

type Props = { area: AreaResult; scale: Scale; elements: ElementText; words: FigureWords };

/** One area: its standards' means against the region and the country, then each standard's answers. */
export function AreaSection({ area, scale, elements, words }: Props) {
  const { t } = useTranslation('results');
  const desk = useTranslation('desk').t;
  const narrow = useMediaQuery('(max-width: 40rem)');
  const rows = useMemo(() => standardRows(area, elements.label), [area, elements]);
  const { labels, series, describe } = useComparisonChart(rows, 'mean', words, narrow ? 20 : 46);
  const formatValue = useCallback((value: number) => words.mean(value), [words]);
  const title = elements.label(area.id);
  const headingId = `area-${area.id}`;

  return (
    <section className="report-area" aria-labelledby={headingId}>
      <h2 id={headingId} className="report-area__heading">
        {title}
      </h2>
      <p className="report-area__figure">
        <FigureView state={figureState(area)} words={words} />
      </p>
      <ComparisonBarChart
        title={wrapText(t('chart.standardsTitle', { area: title }), narrow ? 34 : 90)}
        labels={labels}
        series={series}
        describe={describe}
        min={scale.min}
        max={scale.max}
        axisTitle={t('chart.meanAxis', { min: scale.min, max: scale.max })}
        ariaLabel={t('chart.standardsLabel', { area: title, min: scale.min, max: scale.max })}
        formatValue={formatValue}
        labelWidth={narrow ? 140 : 330}
        table={
          <ComparisonTable
            caption={t('table.standardsCaption', { area: title })}
            firstColumn={t('table.standard')}
            rows={rows}
            words={words}
          />
        }
      />
      {area.standards.map((standard) => (
        <section key={standard.id} className="report-standard" aria-labelledby={`standard-${standard.id}`}>
          <h3 id={`standard-${standard.id}`}>{elements.label(standard.id)}</h3>
          <p className="report-standard__figure">
            <FigureView state={figureState(standard)} words={words} />
          </p>
          {/* The detail is collapsed until opened, and printed only as the optional appendix. */}
          <details className="report-detail">
            <summary>
              {desk('summary.details')}
              <span className="visually-hidden">: {elements.label(standard.id)}</span>
            </summary>
            <StandardDistribution standard={standard} scale={scale} elements={elements} words={words} />
            <h4 className="report-standard__indicators">{t('report.indicatorsTitle')}</h4>
            {standard.indicators.map((indicator) => (
              <IndicatorDetails
                key={indicator.id}
                indicator={indicator}
                scale={scale}
                elements={elements}
                words={words}
              />
            ))}
          </details>
        </section>
      ))}
    </section>
  );
}
