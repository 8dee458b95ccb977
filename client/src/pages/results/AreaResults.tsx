import type { NumberedElement } from '@shared/instrument/numbering';
import type { Scale } from '@shared/instrument/schema';
import { localize } from '@shared/instrument/text';
import type { AreaResult } from '@shared/results/types';
import { type ReactNode, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ComparisonBarChart } from '../../components/charts/ComparisonBarChart';
import type { ChartSeries } from '../../components/charts/types';
import { type ResultRow, ResultTable } from '../../components/ResultTable';
import { chartColors } from '../../components/theme';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { wrapText } from '../../lib/text';
import { useMediaQuery } from '../../lib/useMediaQuery';

type Props = {
  area: AreaResult;
  numbered: Map<string, NumberedElement>;
  scale: Scale;
  /** h2 on a results page; h3 where the results are a section of a page. */
  headingLevel?: 2 | 3;
  /** More about the area under its figures (e.g. comments), so that its title is shown once. */
  children?: ReactNode;
};

/** One area: its mean and n in the heading, a bar a standard, and the same figures as a table. */
export function AreaResults({ area, numbered, scale, headingLevel = 2, children }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const narrow = useMediaQuery('(max-width: 40rem)');
  const areaInfo = numbered.get(area.id);
  const areaTitle = areaInfo ? `${areaInfo.number}. ${localize(areaInfo.text, language)}` : area.id;
  const headingId = `area-${area.id}`;

  const rows = useMemo<ResultRow[]>(
    () =>
      area.standards.map((standard) => {
        const info = numbered.get(standard.id);
        return {
          id: standard.id,
          number: info?.number ?? '',
          label: info ? localize(info.text, language) : standard.id,
          mean: standard.mean,
          index: standard.index,
          n: standard.n,
        };
      }),
    [area, numbered, language],
  );

  const labels = useMemo(
    () =>
      rows.map((row) => [
        ...wrapText(`${row.number} ${row.label}`, narrow ? 22 : 44),
        row.n === null ? t('results.withheld') : t('results.nLabel', { n: row.n }),
      ]),
    [rows, narrow, t],
  );
  const series = useMemo<ChartSeries[]>(
    () => [{ label: areaTitle, color: chartColors.bar, values: rows.map((row) => row.mean) }],
    [rows, areaTitle],
  );
  const describe = useCallback(
    (_series: number, i: number) => {
      const row = rows[i];
      if (!row) return '';
      return row.n === null
        ? t('results.withheld')
        : t('results.tooltip', { mean: format.mean(row.mean), index: format.integer(row.index), n: row.n });
    },
    [rows, t, format],
  );
  const formatValue = useCallback((value: number) => format.mean(value), [format]);

  return (
    <section className="area-result" aria-labelledby={headingId}>
      <Heading id={headingId} className="area-result__heading">
        {areaTitle}
        <span className="area-result__meta">
          {area.n === null ? t('results.withheld') : t('results.areaMeta', { mean: format.mean(area.mean), n: area.n })}
        </span>
      </Heading>
      <ComparisonBarChart
        title={areaTitle}
        labels={labels}
        series={series}
        describe={describe}
        min={scale.min}
        max={scale.max}
        axisTitle={t('results.axisTitle', { min: scale.min, max: scale.max })}
        ariaLabel={t('results.chartLabel', { area: areaTitle, min: scale.min, max: scale.max })}
        formatValue={formatValue}
        labelWidth={narrow ? 150 : 320}
        tableSummary={t('results.showTable')}
        table={
          <ResultTable
            caption={t('results.tableCaption', { area: areaTitle })}
            rows={rows}
            firstColumn={t('results.columnStandard')}
          />
        }
      />
      {children}
    </section>
  );
}
