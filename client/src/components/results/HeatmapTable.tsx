import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FigureState, FigureWords } from '../../lib/results/figures';
import type { HeatRow } from '../../lib/results/heatmap';
import { cellClass } from '../../lib/results/heatmap';
import { ScrollRegion } from '../ScrollRegion';

export type HeatColumnGroup = { id: string; label: string; columns: { id: string; number: string; text: string }[] };

type Props = {
  caption: string;
  /** Header of the row-header column ("Organisaatio", "Alue"). */
  firstColumn: string;
  groups: HeatColumnGroup[];
  rows: HeatRow[];
  total: HeatRow;
  words: FigureWords;
  /** Extra content under a row's name: links to its report, plan or region view. */
  rowExtra?: (row: HeatRow) => ReactNode;
  /** A row's name, e.g. as a link. */
  rowName?: (row: HeatRow) => ReactNode;
};

function Cell({ state, words }: { state: FigureState; words: FigureWords }) {
  const className = `heat ${cellClass(state)}`;
  switch (state.kind) {
    case 'shown':
      return (
        <td className={className}>
          <span className="heat__mean">{words.mean(state.mean)}</span>
          <span className="heat__band">
            {words.integer(state.index)} {words.band(state.band)}
          </span>
          <span className="heat__n">n = {state.n}</span>
        </td>
      );
    case 'suppressed':
      return (
        <td className={className}>
          <span className="heat__none">{words.suppressed(state.reason)}</span>
        </td>
      );
    default:
      return (
        <td className={className}>
          <span className="heat__none">{state.kind === 'hidden' ? words.hidden(state.reason) : words.empty}</span>
        </td>
      );
  }
}

function Row({
  row,
  words,
  rowName,
  rowExtra,
  header,
}: { row: HeatRow; words: FigureWords; header?: boolean } & Pick<Props, 'rowName' | 'rowExtra'>) {
  const { t } = useTranslation('results');
  return (
    <tr className={row.total ? 'heat-row heat-row--total' : 'heat-row'}>
      <th scope="row" className="heat-row__name">
        {rowName ? rowName(row) : row.label}
        <span className="heat-row__n">
          {t('heatmap.responses')}: {row.responses}
        </span>
        {!header && rowExtra?.(row)}
      </th>
      {row.cells.map((state, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: one cell a column, fixed order
        <Cell key={i} state={state} words={words} />
      ))}
    </tr>
  );
}

/**
 * Groups × standards, each cell coloured by its band and carrying the number,
 * the band in words and n; hidden and suppressed cells say so. Scrolls
 * sideways inside a focusable, labelled region on narrow screens.
 */
export function HeatmapTable({ caption, firstColumn, groups, rows, total, words, rowName, rowExtra }: Props) {
  const { t } = useTranslation('results');
  return (
    <ScrollRegion className="heatmap" label={t('heatmap.scrollLabel')}>
      <table className="result-table heatmap__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td className="heatmap__corner" />
            {groups.map((group) => (
              <th key={group.id} scope="colgroup" colSpan={group.columns.length}>
                {group.label}
              </th>
            ))}
          </tr>
          <tr>
            <th scope="col">{firstColumn}</th>
            {groups.flatMap((group) =>
              group.columns.map((column) => (
                <th key={column.id} scope="col" className="heatmap__col" title={column.text}>
                  {column.number}
                  <span className="visually-hidden"> {column.text}</span>
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.id} row={row} words={words} rowName={rowName} rowExtra={rowExtra} />
          ))}
        </tbody>
        <tfoot>
          <Row row={total} words={words} header />
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
