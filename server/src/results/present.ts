/** Assembles an organisation's figures in the instrument's order, beside the region and the country, as the plan allows. */
import type { Instrument } from '../instrument/schema';
import { planned, type Sums } from './figures';
import type { AreaResult, Figure, HiddenReason, IndicatorResult, StandardResult } from './types';

/** One group's sums and the plan's verdict on each of its elements. */
export type PlannedSums = { sums: Map<string, Sums>; hidden: (elementId: string) => HiddenReason | null };

export type ReportInputs = {
  own: PlannedSums;
  region: PlannedSums;
  country: PlannedSums;
  distribution: Map<string, Map<number, number>>;
  /** Texts by indicator, already cleared by the text minimum (empty when not shown). */
  texts: Map<string, string[]>;
};

export function presentReport(instrument: Instrument, input: ReportInputs): AreaResult[] {
  const { scale } = instrument;
  const fig = (g: PlannedSums, id: string): Figure => planned(g.hidden(id), g.sums.get(id), scale);
  const compared = (id: string) => ({
    ...fig(input.own, id),
    region: fig(input.region, id),
    country: fig(input.country, id),
  });
  const values = scale ? Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i) : [];

  const indicator = (id: string): IndicatorResult => {
    const own = compared(id);
    const counts = input.distribution.get(id);
    // The distribution and the "not applicable" count go with the mean: they are finer than it.
    const shown = !own.hidden && own.n !== null && own.n > 0;
    return {
      id,
      ...own,
      notApplicable: shown ? (input.own.sums.get(id)?.na ?? 0) : 0,
      distribution: shown ? values.map((value) => ({ value, count: counts?.get(value) ?? 0 })) : [],
      texts: input.texts.get(id) ?? [],
    };
  };

  return instrument.areas.map(
    (area): AreaResult => ({
      id: area.id,
      ...compared(area.id),
      standards: area.standards.map(
        (standard): StandardResult => ({
          id: standard.id,
          ...compared(standard.id),
          indicators: standard.indicators.map((i) => indicator(i.id)),
        }),
      ),
    }),
  );
}
