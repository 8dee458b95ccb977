/**
 * Display numbers derived from the instrument's order (ids are opaque): area
 * "2", standard "2.1", indicator "2.1.3", the same numbering compileToSurvey
 * puts in the survey's titles.
 */
import type { Instrument, LocalizedText } from '../../../server/src/instrument/schema';

export type NumberedElement = { number: string; text: LocalizedText; kind: 'area' | 'standard' | 'indicator' };

export function numberInstrument(instrument: Instrument): Map<string, NumberedElement> {
  const out = new Map<string, NumberedElement>();
  instrument.areas.forEach((area, a) => {
    out.set(area.id, { number: `${a + 1}`, text: area.title, kind: 'area' });
    area.standards.forEach((standard, s) => {
      out.set(standard.id, { number: `${a + 1}.${s + 1}`, text: standard.statement, kind: 'standard' });
      standard.indicators.forEach((indicator, i) => {
        out.set(indicator.id, { number: `${a + 1}.${s + 1}.${i + 1}`, text: indicator.question, kind: 'indicator' });
      });
    });
  });
  return out;
}
