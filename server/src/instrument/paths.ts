/**
 * Paths, the indicator walk and problems: the parts of the instrument model
 * that need no zod, so that the client's diff and mapping code stays light.
 */
import { type Rule, wordProblem } from './messages';
import type { Instrument, ValidationProblem } from './schema';

type Params = Record<string, string | number>;

/** `areas[2].standards[1].indicators[0].question.sv` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    const key = String(part);
    return out ? `${out}.${key}` : key;
  }, '');
}

/** One problem: where (a JSON path), which rule with its parameters, and its English message. */
/** A problem with its English message (the CLI's default and the API's `message`). */
export function problemAt(path: string, rule: Rule, params?: Params): ValidationProblem {
  return { path, rule, ...(params ? { params } : {}), message: wordProblem({ rule, params, message: '' }, 'en') };
}

/** Every indicator with its place in the tree, in display order. */
export function flattenIndicators(instrument: Instrument) {
  return instrument.areas.flatMap((area) =>
    area.standards.flatMap((standard) => standard.indicators.map((indicator) => ({ area, standard, indicator }))),
  );
}

type IndicatorPlace = ReturnType<typeof flattenIndicators>[number];
const places = new WeakMap<Instrument, ReadonlyMap<string, IndicatorPlace>>();

/**
 * Indicator id → its place in the tree, built once per instrument object
 * (instruments are cached and never changed in place): every autosave and
 * submit looks its answers up here.
 */
export function indicatorPlaces(instrument: Instrument): ReadonlyMap<string, IndicatorPlace> {
  let map = places.get(instrument);
  if (!map) {
    map = new Map(flattenIndicators(instrument).map((e) => [e.indicator.id, e]));
    places.set(instrument, map);
  }
  return map;
}
