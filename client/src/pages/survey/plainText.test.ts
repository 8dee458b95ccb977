import { compileToSurvey } from '@shared/instrument/compile';
import { fixtureInstrument } from '@shared/instrument/fixture.test-helper';
import { Instrument, type InstrumentInput } from '@shared/instrument/schema';
import { Model, type PanelModel } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { showTextsAsWritten } from './plainText';

const MARKUP = '<img src=x onerror=alert(1)><b>lihava</b> {ind-a}';

/** Every localized text of the fixture with markup appended. */
function plantedInstrument(): Instrument {
  const doc: InstrumentInput = fixtureInstrument();
  const walk = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.fi === 'string') {
      for (const lang of ['fi', 'sv', 'en']) if (typeof record[lang] === 'string') record[lang] += MARKUP;
      return;
    }
    for (const child of Object.values(record)) walk(child);
  };
  walk(doc);
  return Instrument.parse(doc);
}

describe('instrument texts in SurveyJS', () => {
  it('compile to the texts as written and render as text, never as HTML, in every language', () => {
    const json = compileToSurvey(plantedInstrument());
    const survey = new Model(json);
    showTextsAsWritten(survey);
    survey.setValue('ind-a', 3);
    const strings = [
      survey.locTitle,
      ...survey.pages.flatMap((p) => [p.locTitle, p.locDescription]),
      ...survey.getAllPanels().flatMap((p) => [(p as PanelModel).locTitle]),
      ...survey.getAllQuestions().flatMap((q) => [q.locTitle, q.locDescription]),
    ];
    for (const locale of ['', 'sv', 'en']) {
      survey.locale = locale;
      for (const s of strings.filter((s) => s.renderedHtml)) {
        expect(s.hasHtml).toBe(false);
        // The markup and the braces are there, unreplaced: React renders this string as text.
        expect(s.renderedHtml).toContain(MARKUP);
      }
    }
    expect(strings.filter((s) => s.renderedHtml).length).toBeGreaterThan(8);
  });
});
