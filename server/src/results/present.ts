/** Assembles figures in the instrument's order, adding the 0–100 index. */
import type { Instrument } from '../instrument/schema';
import type { GroupFigure, IndicatorCount } from './queries';
import type { AreaResult, Figure, IndicatorResult, StandardResult } from './types';

const round2 = (x: number) => Math.round(x * 100) / 100;

export function figure(n: number, mean: number | null, scale: Instrument['scale']): Figure {
  if (mean === null || n === 0 || !scale) return { n, mean: null, index: null };
  return { n, mean: round2(mean), index: Math.round(((mean - scale.min) / (scale.max - scale.min)) * 100) };
}

export function presentResults(
  instrument: Instrument,
  counts: IndicatorCount[],
  standards: GroupFigure[],
  areas: GroupFigure[],
): AreaResult[] {
  const scale = instrument.scale;
  const byIndicator = new Map<string, IndicatorCount[]>();
  for (const c of counts) byIndicator.set(c.indicatorId, [...(byIndicator.get(c.indicatorId) ?? []), c]);
  const standardFigures = new Map(standards.map((s) => [s.id, s]));
  const areaFigures = new Map(areas.map((a) => [a.id, a]));

  const indicatorResult = (id: string): IndicatorResult => {
    const rows = byIndicator.get(id) ?? [];
    const scored = rows.filter((r) => r.value !== null);
    const n = scored.reduce((sum, r) => sum + r.count, 0);
    const total = scored.reduce((sum, r) => sum + r.count * (r.value ?? 0), 0);
    const values = scale ? Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i) : [];
    return {
      id,
      ...figure(n, n > 0 ? total / n : null, scale),
      notApplicable: rows.filter((r) => r.notApplicable).reduce((sum, r) => sum + r.count, 0),
      distribution: values.map((value) => ({
        value,
        count: scored.filter((r) => r.value === value).reduce((sum, r) => sum + r.count, 0),
      })),
    };
  };

  return instrument.areas.map((area) => {
    const a = areaFigures.get(area.id);
    return {
      id: area.id,
      ...figure(a?.n ?? 0, a?.mean ?? null, scale),
      standards: area.standards.map((standard): StandardResult => {
        const s = standardFigures.get(standard.id);
        return {
          id: standard.id,
          ...figure(s?.n ?? 0, s?.mean ?? null, scale),
          indicators: standard.indicators.map((i) => indicatorResult(i.id)),
        };
      }),
    };
  });
}
