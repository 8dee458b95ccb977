/** The round's shared reflections in the instrument's order, for reading. */
import type { Instrument } from '@shared/instrument/schema';
import { displayNumber, type LocalizedText } from '@shared/instrument/text';
import type { ReflectionTexts } from '@shared/responses/types';

/** A text and how many gave exactly it: the same words many times are shown once, with their count. */
export type ReflectionText = { text: string; count: number };

export type IndicatorReflections = { id: string; number: string; question: LocalizedText; texts: ReflectionText[] };
export type StandardReflections = {
  id: string;
  number: string;
  statement: LocalizedText;
  indicators: IndicatorReflections[];
};
export type AreaReflections = {
  id: string;
  number: string;
  title: LocalizedText;
  /** Texts in the area, repeats included. */
  count: number;
  standards: StandardReflections[];
};

function collapse(texts: readonly string[]): ReflectionText[] {
  const counts = new Map<string, number>();
  for (const raw of texts) {
    const text = raw.trim();
    if (text) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return [...counts].map(([text, count]) => ({ text, count }));
}

/**
 * Groups the texts by area → standard → indicator with display numbers;
 * parts without texts are left out, and texts of indicators the instrument
 * does not have are ignored.
 */
export function groupReflections(instrument: Instrument, indicators: readonly ReflectionTexts[]): AreaReflections[] {
  const byIndicator = new Map(indicators.map((i) => [i.indicatorId, i.texts]));
  return instrument.areas.flatMap((area, a) => {
    const standards = area.standards.flatMap((standard, s) => {
      const indicators = standard.indicators.flatMap((indicator, i) => {
        const texts = collapse(byIndicator.get(indicator.id) ?? []);
        return texts.length > 0
          ? [{ id: indicator.id, number: displayNumber(a, s, i), question: indicator.question, texts }]
          : [];
      });
      return indicators.length > 0
        ? [{ id: standard.id, number: displayNumber(a, s), statement: standard.statement, indicators }]
        : [];
    });
    const count = standards
      .flatMap((s) => s.indicators)
      .flatMap((i) => i.texts)
      .reduce((sum, t) => sum + t.count, 0);
    return standards.length > 0 ? [{ id: area.id, number: displayNumber(a), title: area.title, count, standards }] : [];
  });
}

/** Texts of an indicator, repeats included. */
export const indicatorCount = (indicator: IndicatorReflections) => indicator.texts.reduce((sum, t) => sum + t.count, 0);

export type ReflectionFilter = { areaId?: string; indicatorId?: string };

/** The reflections of one area and, within it, one indicator (each optional), with the count they hold. */
export function filterReflections(
  areas: readonly AreaReflections[],
  { areaId, indicatorId }: ReflectionFilter,
): { areas: AreaReflections[]; count: number } {
  const kept = areas
    .filter((area) => !areaId || area.id === areaId)
    .flatMap((area) => {
      if (!indicatorId) return [area];
      const standards = area.standards.flatMap((standard) => {
        const indicators = standard.indicators.filter((indicator) => indicator.id === indicatorId);
        return indicators.length > 0 ? [{ ...standard, indicators }] : [];
      });
      const count = standards.flatMap((s) => s.indicators).reduce((sum, i) => sum + indicatorCount(i), 0);
      return standards.length > 0 ? [{ ...area, standards, count }] : [];
    });
  return { areas: kept, count: kept.reduce((sum, area) => sum + area.count, 0) };
}

/** The filter as far as it still applies to other texts: an area or a question they have no text of is dropped. */
export function keepFilter(
  areas: readonly AreaReflections[],
  { areaId, indicatorId }: ReflectionFilter,
): ReflectionFilter {
  const area = areas.find((candidate) => candidate.id === areaId);
  if (!area) return {};
  const hasIndicator = area.standards.some((s) => s.indicators.some((i) => i.id === indicatorId));
  return hasIndicator ? { areaId: area.id, indicatorId } : { areaId: area.id };
}

/** How many comments each scope holds under the filter chosen: the counts beside the scope choice. */
export function scopeCounts(
  scopes: { round: readonly AreaReflections[]; organisation: readonly AreaReflections[] },
  filter: ReflectionFilter,
): { round: number; organisation: number } {
  return {
    round: filterReflections(scopes.round, filter).count,
    organisation: filterReflections(scopes.organisation, filter).count,
  };
}
