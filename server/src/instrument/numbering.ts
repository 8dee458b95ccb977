/** Display numbers for every element of an instrument, derived from order (ids are opaque). */
import type { Instrument } from './schema';
import { displayNumber, type LocalizedText } from './text';

export type NumberedElement = { number: string; text: LocalizedText; kind: 'area' | 'standard' | 'indicator' };

/** area "2", standard "2.1", indicator "2.1.3": the numbering compileToSurvey puts in the survey's titles. */
export function numberInstrument(instrument: Instrument): Map<string, NumberedElement> {
  const out = new Map<string, NumberedElement>();
  instrument.areas.forEach((area, a) => {
    out.set(area.id, { number: displayNumber(a), text: area.title, kind: 'area' });
    area.standards.forEach((standard, s) => {
      out.set(standard.id, { number: displayNumber(a, s), text: standard.statement, kind: 'standard' });
      standard.indicators.forEach((indicator, i) => {
        out.set(indicator.id, { number: displayNumber(a, s, i), text: indicator.question, kind: 'indicator' });
      });
    });
  });
  return out;
}
