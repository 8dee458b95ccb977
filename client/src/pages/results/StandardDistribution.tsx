import type { Scale } from '@shared/instrument/schema';
import { localize } from '@shared/instrument/text';
import type { StandardResult } from '@shared/results/types';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { StackedBarChart } from '../../components/charts/StackedBarChart';
import type { ChartSeries, DescribePoint } from '../../components/charts/types';
import { distributionColors, notApplicableColor } from '../../components/theme';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { distributionRows, scaleValues } from '../../lib/results/chartData';
import type { FigureWords } from '../../lib/results/figures';
import { wrapText } from '../../lib/text';
import { useMediaQuery } from '../../lib/useMediaQuery';
import type { ElementText } from './useElementText';

type Props = { standard: StandardResult; scale: Scale; elements: ElementText; words: FigureWords };

/** The answers of a standard's indicators by value, "not applicable" included: a 100 % bar each, and its table. */
export function StandardDistribution({ standard, scale, elements, words }: Props) {
  const { t } = useTranslation('results');
  const language = useLanguage();
  const format = useFormat();
  const narrow = useMediaQuery('(max-width: 40rem)');
  const rows = useMemo(() => distributionRows(standard, scale, elements.label), [standard, scale, elements]);
  const hidden = useMemo(() => standard.indicators.map((i) => (i.hidden ? (i.reason ?? 'small') : null)), [standard]);
  const valueNames = useMemo(() => {
    const values = scaleValues(scale);
    const named = values.map((value) => {
      const label = localize(scale.labels.find((l) => l.value === value)?.text, language);
      return label ? `${value} ${label}` : String(value);
    });
    return [...named, t('table.notApplicable')];
  }, [scale, language, t]);

  const series = useMemo<ChartSeries[]>(
    () =>
      valueNames.map((label, i) => ({
        label,
        color: i === valueNames.length - 1 ? notApplicableColor : (distributionColors[i] ?? distributionColors[0]),
        values: rows.map((row, r) => (hidden[r] ? null : (row.shares[i] ?? 0))),
      })),
    [valueNames, rows, hidden],
  );
  const labels = useMemo(
    () =>
      rows.map((row, r) => [
        // On a phone the number alone: the full question is in the table and the indicator list below.
        ...(narrow ? [elements.number(row.id)] : wrapText(row.label, 46)),
        hidden[r] ? words.hidden(hidden[r]) : t('figure.n', { n: row.total }),
      ]),
    [rows, hidden, narrow, words, t, elements],
  );
  const describe = useCallback<DescribePoint>(
    (seriesIndex, pointIndex) => {
      const row = rows[pointIndex];
      if (!row) return '';
      const count = seriesIndex < row.counts.length ? (row.counts[seriesIndex] ?? 0) : row.notApplicable;
      return t('chart.tooltipShare', {
        value: valueNames[seriesIndex] ?? '',
        share: format.integer(row.shares[seriesIndex] ?? 0),
        count,
        total: row.total,
      });
    },
    [rows, valueNames, format, t],
  );
  const title = elements.label(standard.id);

  return (
    <StackedBarChart
      title={wrapText(t('chart.distributionTitle', { standard: elements.number(standard.id) }), narrow ? 34 : 90)}
      labels={labels}
      series={series}
      describe={describe}
      axisTitle={t('chart.shareAxis')}
      ariaLabel={t('chart.distributionLabel', { standard: title })}
      labelWidth={narrow ? 70 : 330}
      legendRows={narrow ? 4 : 1}
      table={
        <div className="table-scroll">
          <table className="result-table">
            <caption>{t('table.distributionCaption', { standard: title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.indicator')}</th>
                {valueNames.map((name) => (
                  <th scope="col" className="num" key={name}>
                    {name}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('table.n')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, r) => (
                <tr key={row.id}>
                  <th scope="row">{row.label}</th>
                  {hidden[r] ? (
                    <td colSpan={valueNames.length + 1}>{words.hidden(hidden[r])}</td>
                  ) : (
                    <>
                      {[...row.counts, row.notApplicable].map((count, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: one cell a scale value, fixed order
                        <td className="num" key={i}>
                          {count} ({format.integer(row.shares[i] ?? 0)} %)
                        </td>
                      ))}
                      <td className="num">{row.total}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      }
    />
  );
}
