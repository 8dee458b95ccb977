/** The rows of a heatmap table (groups × standards) from the region or country results. Pure. */
import type { GroupRow } from '@shared/results/types';
import { type FigureState, figureState } from './figures';

export type HeatRow = {
  id: string;
  label: string;
  responses: number;
  suppressed: GroupRow['suppressed'];
  cells: FigureState[];
  total?: boolean;
};

/** One row of a group: a cell a standard, in the order of `standardIds`. */
export function heatRow(
  id: string,
  label: string,
  group: GroupRow,
  standardIds: readonly string[],
  total = false,
): HeatRow {
  return {
    id,
    label,
    responses: group.responses,
    suppressed: group.suppressed,
    cells: standardIds.map((sid) => figureState(group.standards[sid], group.suppressed)),
    total,
  };
}

/** The CSS modifier of a cell: its band, or why it has no colour. */
export function cellClass(state: FigureState): string {
  return state.kind === 'shown' ? `heat--${state.band}` : `heat--${state.kind}`;
}
