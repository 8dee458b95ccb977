/** Assembles an organisation's figures in the instrument's order, beside the region and the country, as the plan allows. */
import type { Instrument } from '../instrument/schema';
import { difference } from './difference';
import { planned, type Sums } from './figures';
import type { AreaResult, Figure, HiddenReason, IndicatorResult, StandardResult } from './types';

/**
 * One group's sums and the plan's verdict on each of its elements; `squares`, the sum of
 * squared scores by element (from the distributions), lets a difference be tested.
 */
export type PlannedSums = {
  sums: Map<string, Sums>;
  hidden: (elementId: string) => HiddenReason | null;
  squares?: Map<string, number>;
};

/** The sum of squared scores of every element, pooled from its indicators' distributions. */
export function squaresOf(instrument: Instrument, distribution: Map<string, Map<number, number>>): Map<string, number> {
  const out = new Map<string, number>();
  const of = (indicatorId: string) => {
    let sq = 0;
    for (const [value, count] of distribution.get(indicatorId) ?? []) sq += value * value * count;
    return sq;
  };
  for (const area of instrument.areas) {
    let areaSq = 0;
    for (const standard of area.standards) {
      let standardSq = 0;
      for (const indicator of standard.indicators) {
        const sq = of(indicator.id);
        out.set(indicator.id, sq);
        standardSq += sq;
      }
      out.set(standard.id, standardSq);
      areaSq += standardSq;
    }
    out.set(area.id, areaSq);
  }
  return out;
}

export type ReportInputs = {
  own: PlannedSums;
  region: PlannedSums;
  country: PlannedSums;
  distribution: Map<string, Map<number, number>>;
  /** Texts by indicator, already cleared by the text minimum (empty when not shown). */
  texts: Map<string, string[]>;
  /** The round's minimum: no difference is marked for a group behind fewer responses. */
  minimum: number;
};

export function presentReport(instrument: Instrument, input: ReportInputs): AreaResult[] {
  const { scale } = instrument;
  const fig = (g: PlannedSums, id: string): Figure => planned(g.hidden(id), g.sums.get(id), scale);
  const moments = (g: PlannedSums, f: Figure, id: string) => {
    const s = g.sums.get(id);
    if (f.hidden || f.n === null || !s || !g.squares) return null;
    return { n: f.n, count: s.count, sum: s.sum, sumSq: g.squares.get(id) ?? 0 };
  };
  const differs = (own: Figure, other: Figure, g: PlannedSums, id: string) => {
    const a = moments(input.own, own, id);
    const b = moments(g, other, id);
    return a && b && scale ? difference(a, b, scale, input.minimum) : null;
  };
  const compared = (id: string) => {
    const own = fig(input.own, id);
    const region = fig(input.region, id);
    const country = fig(input.country, id);
    return {
      ...own,
      region,
      country,
      differs: { region: differs(own, region, input.region, id), country: differs(own, country, input.country, id) },
    };
  };
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
