import type { Instrument } from '@shared/instrument/schema';
import { useMemo } from 'react';
import type { HeatColumnGroup } from '../../../components/results/HeatmapTable';
import type { ElementText } from '../../results/useElementText';

/** The heatmap's columns: the instrument's standards, grouped by area. */
export function useHeatColumns(instrument: Instrument | undefined, elements: ElementText | undefined) {
  return useMemo<{ groups: HeatColumnGroup[]; standardIds: string[] }>(() => {
    if (!instrument || !elements) return { groups: [], standardIds: [] };
    const groups = instrument.areas.map((area) => ({
      id: area.id,
      label: elements.label(area.id),
      columns: area.standards.map((s) => ({ id: s.id, number: elements.number(s.id), text: elements.text(s.id) })),
    }));
    return { groups, standardIds: groups.flatMap((g) => g.columns.map((c) => c.id)) };
  }, [instrument, elements]);
}
