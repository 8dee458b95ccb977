import { describe, expect, it } from 'vitest';
import { fixtureInstrument } from './fixture.test-helper';
import { formatPath, validateInstrument } from './schema';

function problemsOf(doc: unknown) {
  const result = validateInstrument(doc);
  return result.ok ? [] : result.problems;
}

describe('instrument schema', () => {
  it('accepts a valid instrument and applies defaults', () => {
    const result = validateInstrument(fixtureInstrument());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.instrument.areas[0]?.standards[0]?.indicators[0]?.kind).toBe('rating');
  });

  it('reports a missing Swedish text with its JSON path', () => {
    const doc = fixtureInstrument();
    delete doc.areas[1]!.standards[0]!.indicators[0]!.question.sv;
    expect(problemsOf(doc)).toEqual([
      {
        path: 'areas[1].standards[0].indicators[0].question.sv',
        message: 'missing Swedish text',
        rule: 'missing_text',
        params: { lang: 'sv' },
      },
    ]);
  });

  it('reports duplicate ids wherever they are', () => {
    const doc = fixtureInstrument();
    doc.areas[1]!.standards[0]!.indicators[0]!.id = 'ind-a';
    doc.areas[1]!.id = 'std-one';
    const problems = problemsOf(doc);
    expect(problems.map((p) => p.path)).toEqual(['areas[1].id', 'areas[1].standards[0].indicators[0].id']);
    expect(problems[0]?.message).toContain('duplicate id "std-one"');
  });

  it('reports scale values out of range and unlabelled values', () => {
    const doc = fixtureInstrument();
    doc.scale!.labels[4]!.value = 7;
    const paths = problemsOf(doc).map((p) => `${p.path}: ${p.message}`);
    expect(paths).toContain('scale.labels[4].value: scale value 7 is out of range 1–5');
    expect(paths).toContain('scale.labels: scale value 5 has no label');
  });

  it('rejects wrong types, unknown fields and malformed ids with paths', () => {
    const doc = fixtureInstrument() as unknown as Record<string, unknown>;
    doc.version = 'one';
    doc.colour = 'blue';
    (doc.areas as Array<{ id: string }>)[0]!.id = 'Area One';
    const paths = problemsOf(doc).map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['version', 'areas[0].id', '']));
  });

  it('requires Finnish among the languages and a scale for ratings', () => {
    const doc = fixtureInstrument();
    doc.languages = ['sv', 'en'];
    expect(problemsOf(doc).map((p) => p.path)).toContain('languages');
    const noScale = fixtureInstrument();
    delete noScale.scale;
    expect(problemsOf(noScale)).toContainEqual({
      path: 'scale',
      message: 'rating indicators need a scale',
      rule: 'needs_scale',
    });
  });

  it('checks that replaced ids point to indicators of this version', () => {
    const doc = fixtureInstrument();
    doc.replaces = { 'old-one': ['ind-a', 'missing-one'], 'ind-b': ['ind-a'] };
    const problems = problemsOf(doc).map((p) => p.path);
    expect(problems).toEqual(['replaces.old-one[1]', 'replaces.ind-b']);
  });

  it('lists problems of every kind together, even when the structure is broken elsewhere', () => {
    const doc = fixtureInstrument() as unknown as { areas: Array<Record<string, unknown>> } & Record<string, unknown>;
    const indicators = (doc.areas[0]!.standards as Array<{ indicators: Array<Record<string, unknown>> }>)[0]!
      .indicators;
    indicators[0]!.kind = 'slider';
    indicators[1]!.id = 'ind-a';
    delete (doc.title as Record<string, string>).sv;
    const problems = problemsOf(doc).map((p) => p.path);
    expect(problems).toEqual(
      expect.arrayContaining([
        'areas[0].standards[0].indicators[0].kind',
        'areas[0].standards[0].indicators[1].id',
        'title.sv',
      ]),
    );
  });

  it('reports a blank text once', () => {
    const doc = fixtureInstrument();
    doc.title.sv = '   ';
    expect(problemsOf(doc)).toEqual([
      { path: 'title.sv', message: 'the Swedish text must not be empty', rule: 'text_empty', params: { lang: 'sv' } },
    ]);
  });

  it('rejects what is not an object at all', () => {
    expect(problemsOf(null)).toHaveLength(1);
    expect(problemsOf([])).toHaveLength(1);
  });
});

describe('formatPath', () => {
  it('writes keys with dots and indexes in brackets', () => {
    expect(formatPath(['areas', 2, 'standards', 1, 'question', 'sv'])).toBe('areas[2].standards[1].question.sv');
    expect(formatPath([])).toBe('');
  });
});
