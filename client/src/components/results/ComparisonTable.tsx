import { useTranslation } from 'react-i18next';
import type { ComparisonRow } from '../../lib/results/chartData';
import { type FigureWords, figureState } from '../../lib/results/figures';
import { FigureView } from './FigureView';

type Props = { caption: string; firstColumn: string; rows: ComparisonRow[]; words: FigureWords };

/** Own, region and country figures side by side: the table alternative of the comparison charts. */
export function ComparisonTable({ caption, firstColumn, rows, words }: Props) {
  const { t } = useTranslation('results');
  return (
    <div className="table-scroll">
      <table className="result-table comparison-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{firstColumn}</th>
            <th scope="col">{t('series.own')}</th>
            <th scope="col">{t('series.region')}</th>
            <th scope="col">{t('series.country')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              <td>
                <FigureView state={figureState(row.own)} words={words} />
              </td>
              <td>
                <FigureView state={figureState(row.region)} words={words} />
              </td>
              <td>
                <FigureView state={figureState(row.country)} words={words} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
