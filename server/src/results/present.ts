/** Assembles an organisation's figures in the instrument's order, beside the region and the country. */
import type { Instrument } from '../instrument/schema';
import { figureOf, type Sums, withheld, ZERO } from './figures';
import type { AreaResult, Figure, IndicatorResult, StandardResult } from './types';

export type ReportInputs = {
  own: Map<string, Sums> | null; // null: the organisation is suppressed
  region: Map<string, Sums> | null; // null: withheld (see countryPlan)
  country: Map<string, Sums> | null;
  distribution: Map<string, Map<number, number>>;
  texts: Map<string, string[]>;
  minGroupSize: number;
};

export function presentReport(instrument: Instrument, input: ReportInputs): AreaResult[] {
  const { scale } = instrument;
  const fig = (m: Map<string, Sums> | null, id: string): Figure =>
    m ? figureOf(m.get(id) ?? ZERO, scale, input.minGroupSize) : withheld();
  const compared = (id: string) => ({
    ...fig(input.own, id),
    region: fig(input.region, id),
    country: fig(input.country, id),
  });
  const values = scale ? Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i) : [];

  const indicator = (id: string): IndicatorResult => {
    const own = input.own ? (input.own.get(id) ?? ZERO) : null;
    const counts = input.distribution.get(id);
    // A distribution of fewer answers than the minimum would show single answers: withheld with the mean.
    const shown = own !== null && own.responses >= input.minGroupSize;
    return {
      id,
      ...compared(id),
      notApplicable: shown ? own.na : 0,
      distribution: shown ? values.map((value) => ({ value, count: counts?.get(value) ?? 0 })) : [],
      texts: own ? (input.texts.get(id) ?? []) : [],
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
