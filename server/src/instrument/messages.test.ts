import { describe, expect, it } from 'vitest';
import { fixtureInstrument } from './fixture.test-helper';
import { describePlace, RULES, wordProblem } from './messages';
import { validateInstrument } from './schema';
import { LANGUAGES } from './text';

describe('validation messages', () => {
  it('name the place with display numbers and the element id, in each language', () => {
    const doc = fixtureInstrument();
    const path = 'areas[1].standards[0].indicators[0].question.sv';
    expect(describePlace(doc, path, 'en')).toBe('2.1.1 `ind-c` question (sv)');
    expect(describePlace(doc, path, 'fi')).toBe('2.1.1 `ind-c` kysymys (sv)');
    expect(describePlace(doc, path, 'sv')).toBe('2.1.1 `ind-c` fråga (sv)');
    expect(describePlace(doc, 'areas[0].title.fi', 'en')).toBe('1 `area-one` title (fi)');
    expect(describePlace(doc, 'title.en', 'fi')).toBe('instrumentti otsikko (en)');
    expect(describePlace(doc, 'scale.labels[2].value', 'en')).toBe('instrument scale labels 2 value');
  });

  it('word every rule in every language, never empty and never the English text in Finnish or Swedish', () => {
    const params = { lang: 'sv', id: 'x', first: 'y', min: 1, max: 5, value: 7, version: '1.0.0' };
    for (const rule of RULES) {
      const en = wordProblem({ rule, params, message: '' }, 'en');
      for (const lang of LANGUAGES) {
        const text = wordProblem({ rule, params, message: '' }, lang);
        expect(text.trim(), `${rule} ${lang}`).not.toBe('');
        if (lang !== 'en' && !['too_small', 'too_big'].includes(rule)) expect(text, `${rule} ${lang}`).not.toBe(en);
      }
    }
  });

  it('every problem of a broken document has a rule the catalogue words', () => {
    const doc = fixtureInstrument() as unknown as Record<string, unknown>;
    doc.version = 'one';
    doc.extra = true;
    doc.languages = ['sv'];
    const result = validateInstrument(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const problem of result.problems) {
      expect(RULES).toContain(problem.rule);
      expect(wordProblem(problem, 'en')).toBe(problem.message);
    }
    expect(result.problems.map((p) => p.rule)).toEqual(
      expect.arrayContaining(['version_format', 'unknown_field', 'finnish_required']),
    );
  });
});
