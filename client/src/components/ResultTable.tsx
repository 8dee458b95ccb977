import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';

export type ResultRow = {
  id: string;
  /** Display number, e.g. "2.1". */
  number: string;
  label: string;
  mean: number | null;
  index: number | null;
  /** Null when the figure is withheld. */
  n: number | null;
};

type Props = { caption: string; rows: ResultRow[]; firstColumn: string };

/** The figures behind a chart, as a table: the accessible and printable alternative. */
export function ResultTable({ caption, rows, firstColumn }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-scroll">
      <table className="result-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{firstColumn}</th>
            <th scope="col" className="num">
              {t('results.columnMean')}
            </th>
            <th scope="col" className="num">
              {t('results.columnIndex')}
            </th>
            <th scope="col" className="num">
              {t('results.columnN')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <span className="result-table__number">{row.number}</span> {row.label}
              </th>
              <td className="num">{format.mean(row.mean)}</td>
              <td className="num">{format.integer(row.index)}</td>
              <td className="num">{format.integer(row.n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
