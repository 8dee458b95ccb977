import { describe, expect, it } from 'vitest';
import { diffInstruments, summarizeDiff } from './diff';
import { fixtureInstrument } from './fixture.test-helper';
import { Instrument, type InstrumentInput } from './schema';

const t = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });
const standardOf = (doc: InstrumentInput, area: number) => doc.areas[area]!.standards[0]!;

function version(number: string, edit: (doc: InstrumentInput) => void = () => {}): Instrument {
  const doc = fixtureInstrument();
  doc.version = number;
  edit(doc);
  return Instrument.parse(doc);
}

const v1 = version('1.0.0');

describe('diffInstruments', () => {
  it('lists a rename, a split and a removal, and nothing else (the issue scenario)', () => {
    const v11 = version('1.1.0', (doc) => {
      // ind-a renamed, ind-b removed, ind-c split in two.
      standardOf(doc, 0).indicators = [{ id: 'ind-a2', question: t('Kysymys A?') }];
      standardOf(doc, 1).indicators = [
        { id: 'ind-c1', question: t('Kysymys C1?') },
        { id: 'ind-c2', question: t('Kysymys C2?') },
        { id: 'ind-open', kind: 'text', question: t('Avoin kysymys?') },
      ];
      doc.replaces = { 'ind-a': ['ind-a2'], 'ind-c': ['ind-c1', 'ind-c2'] };
    });
    const diff = diffInstruments(v1, v11);
    expect(diff).toStrictEqual({
      from: '1.0.0',
      to: '1.1.0',
      instrument: [],
      entries: [
        {
          kind: 'indicator',
          id: 'ind-a2',
          change: 'added',
          path: 'areas[0].standards[0].indicators[0]',
          replaces: ['ind-a'],
        },
        {
          kind: 'indicator',
          id: 'ind-c1',
          change: 'added',
          path: 'areas[1].standards[0].indicators[0]',
          replaces: ['ind-c'],
        },
        {
          kind: 'indicator',
          id: 'ind-c2',
          change: 'added',
          path: 'areas[1].standards[0].indicators[1]',
          replaces: ['ind-c'],
        },
        {
          kind: 'indicator',
          id: 'ind-a',
          change: 'removed',
          path: 'areas[0].standards[0].indicators[0]',
          replacedBy: ['ind-a2'],
        },
        { kind: 'indicator', id: 'ind-b', change: 'removed', path: 'areas[0].standards[0].indicators[1]' },
        {
          kind: 'indicator',
          id: 'ind-c',
          change: 'removed',
          path: 'areas[1].standards[0].indicators[0]',
          replacedBy: ['ind-c1', 'ind-c2'],
        },
      ],
    });
    expect(summarizeDiff(diff).indicator).toEqual({ added: 3, removed: 3, changed: 0, moved: 0 });
  });

  it('finds no change between equal versions, nor when only the order changes', () => {
    expect(diffInstruments(v1, v1).entries).toEqual([]);
    const reordered = version('1.0.1', (doc) => {
      doc.areas.reverse();
      standardOf(doc, 1).indicators.reverse();
    });
    expect(diffInstruments(v1, reordered)).toMatchObject({ instrument: [], entries: [] });
    expect(summarizeDiff(diffInstruments(v1, reordered)).total).toBe(0);
  });

  it('reports changed texts per language, a changed kind and removed help with before and after', () => {
    const v11 = version('1.1.0', (doc) => {
      const [a, b] = standardOf(doc, 0).indicators;
      b!.question.sv = 'Fråga B?';
      delete b!.help;
      a!.evidencePrompt = { fi: 'Näytä', sv: 'Visa', en: 'Show' };
      doc.areas[0]!.title.en = 'Area one';
    });
    const entries = diffInstruments(v1, v11).entries.filter((e) => e.kind === 'indicator');
    expect(entries).toEqual([
      {
        kind: 'indicator',
        id: 'ind-a',
        change: 'changed',
        path: 'areas[0].standards[0].indicators[0]',
        fields: [
          { field: 'evidencePrompt.fi', after: 'Näytä' },
          { field: 'evidencePrompt.sv', after: 'Visa' },
          { field: 'evidencePrompt.en', after: 'Show' },
        ],
      },
      {
        kind: 'indicator',
        id: 'ind-b',
        change: 'changed',
        path: 'areas[0].standards[0].indicators[1]',
        fields: [
          { field: 'question.sv', before: 'Kysymys B? (sv)', after: 'Fråga B?' },
          { field: 'help.fi', before: 'Apu' },
          { field: 'help.sv', before: 'Apu (sv)' },
          { field: 'help.en', before: 'Apu (en)' },
        ],
      },
    ]);
    const areaTitle = diffInstruments(v1, v11).entries.find((e) => e.id === 'area-one');
    expect(areaTitle?.fields).toEqual([{ field: 'title.en', before: 'Alue yksi (en)', after: 'Area one' }]);
    const kindChange = version('1.1.0', (doc) => {
      standardOf(doc, 1).indicators[0]!.kind = 'text';
    });
    expect(diffInstruments(v1, kindChange).entries).toEqual([
      expect.objectContaining({
        id: 'ind-c',
        change: 'changed',
        fields: [{ field: 'kind', before: 'rating', after: 'text' }],
      }),
    ]);
  });

  it('reports an indicator or a standard under another parent as moved, with its new path', () => {
    const v11 = version('1.1.0', (doc) => {
      const b = standardOf(doc, 0).indicators.pop()!;
      b.question.fi = 'Kysymys B, uusi?';
      standardOf(doc, 1).indicators.push(b);
    });
    expect(diffInstruments(v1, v11).entries).toEqual([
      {
        kind: 'indicator',
        id: 'ind-b',
        change: 'moved',
        path: 'areas[1].standards[0].indicators[2]',
        fields: [
          { field: 'standard', before: 'std-one', after: 'std-two' },
          { field: 'question.fi', before: 'Kysymys B?', after: 'Kysymys B, uusi?' },
        ],
      },
    ]);
    const standardMoved = version('1.1.0', (doc) => {
      doc.areas[1]!.standards.push(doc.areas[0]!.standards[0]!);
      doc.areas[0]!.standards = [
        { id: 'std-new', statement: t('Uusi'), indicators: [{ id: 'ind-n', question: t('N?') }] },
      ];
    });
    const summary = summarizeDiff(diffInstruments(v1, standardMoved));
    expect(summary.standard).toEqual({ added: 1, removed: 0, changed: 0, moved: 1 });
    expect(summary.indicator).toEqual({ added: 1, removed: 0, changed: 0, moved: 0 });
    expect(diffInstruments(v1, standardMoved).entries).toContainEqual({
      kind: 'standard',
      id: 'std-one',
      change: 'moved',
      path: 'areas[1].standards[1]',
      fields: [{ field: 'area', before: 'area-one', after: 'area-two' }],
    });
  });

  it('lists a removed area with everything in it, at their old paths', () => {
    const v2 = version('2.0.0', (doc) => {
      doc.areas.shift();
    });
    const removed = diffInstruments(v1, v2).entries.map((e) => `${e.change} ${e.kind} ${e.id} ${e.path}`);
    expect(removed).toEqual([
      'removed area area-one areas[0]',
      'removed standard std-one areas[0].standards[0]',
      'removed indicator ind-a areas[0].standards[0].indicators[0]',
      'removed indicator ind-b areas[0].standards[0].indicators[1]',
    ]);
  });

  it('reports changes of the title, the description and the scale', () => {
    const v2 = version('2.0.0', (doc) => {
      doc.title.sv = 'Testinstrument';
      doc.description = { fi: 'Kuvaus', sv: 'Beskrivning', en: 'Description' };
      doc.scale!.max = 4;
      doc.scale!.labels.pop();
      doc.scale!.labels[0]!.text.en = 'Level one';
    });
    const diff = diffInstruments(v1, v2);
    expect(diff.entries).toEqual([]);
    expect(diff.instrument).toEqual([
      { field: 'title.sv', before: 'Testi-instrumentti (sv)', after: 'Testinstrument' },
      { field: 'description.fi', after: 'Kuvaus' },
      { field: 'description.sv', after: 'Beskrivning' },
      { field: 'description.en', after: 'Description' },
      { field: 'scale.max', before: '5', after: '4' },
      { field: 'scale.label.1.en', before: 'Taso 1 (en)', after: 'Level one' },
      { field: 'scale.label.5.fi', before: 'Taso 5' },
      { field: 'scale.label.5.sv', before: 'Taso 5 (sv)' },
      { field: 'scale.label.5.en', before: 'Taso 5 (en)' },
    ]);
    expect(summarizeDiff(diff)).toMatchObject({ instrument: 9, total: 9 });
  });
});
