import { describe, expect, it } from 'vitest';
import { fixtureInstrument } from './fixture.test-helper';
import { changedStandards, checkMapping, resolveLineage } from './mapping';
import { Instrument, type InstrumentInput } from './schema';

type Edit = (doc: InstrumentInput) => void;

const t = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });
const indicatorsOf = (doc: InstrumentInput, area: number) => doc.areas[area]!.standards[0]!.indicators;

/** The fixture with `edits` applied in turn, as the given version. */
function version(number: string, ...edits: Edit[]): Instrument {
  const doc = fixtureInstrument();
  for (const edit of edits) edit(doc);
  doc.version = number;
  return Instrument.parse(doc);
}

/** The issue's 1.1.0: renames ind-a, splits ind-c in two and removes ind-b. */
const to11: Edit = (doc) => {
  indicatorsOf(doc, 0).splice(0, 2, { id: 'ind-a2', question: t('Kysymys A?') });
  indicatorsOf(doc, 1).splice(0, 1, { id: 'ind-c1', question: t('C1?') }, { id: 'ind-c2', question: t('C2?') });
  doc.replaces = { 'ind-a': ['ind-a2'], 'ind-c': ['ind-c1', 'ind-c2'] };
};
/** Renames ind-a2 of 1.1.0 once more. */
const to12: Edit = (doc) => {
  indicatorsOf(doc, 0)[0]!.id = 'ind-a3';
  doc.replaces = { 'ind-a2': ['ind-a3'] };
};

const v10 = version('1.0.0');
const v11 = version('1.1.0', to11);
const v12 = version('1.2.0', to11, to12);

describe('checkMapping', () => {
  it('accepts the issue scenario and a chain of renames', () => {
    expect(checkMapping(v10, v11)).toEqual([]);
    expect(checkMapping(v11, v12, [v10, v11])).toEqual([]);
  });

  it('rejects a mapped id that no earlier version has, with its JSON path', () => {
    const next = version('1.1.0', (doc) => {
      doc.replaces = { 'old-id': ['ind-a'] };
    });
    const problems = checkMapping(v10, next);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('replaces.old-id');
    expect(problems[0]?.message).toContain('1.0.0');
    expect(checkMapping(undefined, next).map((p) => p.path)).toEqual(['replaces.old-id']);
  });

  it('finds an old id in an earlier version of the history, not only in the previous one', () => {
    // 1.2.0 maps ind-b, which 1.1.0 had already dropped without a mapping.
    const next = version('1.2.0', to11, to12, (doc) => {
      indicatorsOf(doc, 0).push({ id: 'ind-b2', question: t('B2?') });
      doc.replaces = { ...doc.replaces, 'ind-b': ['ind-b2'] };
    });
    expect(checkMapping(v11, next).map((p) => p.path)).toEqual(['replaces.ind-b']);
    expect(checkMapping(v11, next, [v10])).toEqual([]);
  });

  it('rejects a mapping that closes a cycle across versions', () => {
    // 1.1.0 renamed ind-a to ind-a2; renaming ind-a2 back to ind-a in 1.2.0 loops.
    const back = version('1.2.0', to11, (doc) => {
      indicatorsOf(doc, 0)[0]!.id = 'ind-a';
      doc.replaces = { 'ind-a2': ['ind-a'] };
    });
    const problems = checkMapping(v11, back, [v10]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('replaces.ind-a2[0]');
    expect(problems[0]?.message).toContain('cycle');
    expect(problems[0]?.message).toContain('1.1.0');
  });

  it('rejects continuing a rating indicator with a text indicator', () => {
    const next = version('1.1.0', (doc) => {
      indicatorsOf(doc, 1).splice(
        0,
        1,
        { id: 'ind-c1', question: t('C1?') },
        { id: 'ind-c-text', kind: 'text', question: t('C?') },
      );
      doc.replaces = { 'ind-c': ['ind-c1', 'ind-c-text'] };
    });
    const problems = checkMapping(v10, next);
    expect(problems.map((p) => p.path)).toEqual(['replaces.ind-c[1]']);
    expect(problems[0]?.message).toContain('text');
  });
});

describe('scale and kind changes need a declared carry-over', () => {
  const rescaled = (carry?: 'index' | 'new-series') =>
    version('1.1.0', (doc) => {
      doc.scale!.max = 4;
      doc.scale!.labels.pop();
      if (carry) doc.carryOver = { scale: carry };
    });
  const retyped = (declared: boolean) =>
    version('1.1.0', (doc) => {
      indicatorsOf(doc, 0)[1]!.kind = 'text';
      if (declared) doc.carryOver = { indicators: { 'ind-b': 'new-series' } };
    });

  it('refuses a changed scale without carryOver.scale, and accepts it with one', () => {
    const problems = checkMapping(v10, rescaled());
    expect(problems.map((p) => p.path)).toEqual(['scale']);
    expect(problems[0]?.message).toContain('1–5');
    expect(checkMapping(v10, rescaled('index'))).toEqual([]);
    expect(checkMapping(v10, rescaled('new-series'))).toEqual([]);
    // Relabelling the same range is not a scale change.
    const relabelled = version('1.1.0', (doc) => {
      doc.scale!.labels[0]!.text = t('Ei lainkaan');
    });
    expect(checkMapping(v10, relabelled)).toEqual([]);
  });

  it('refuses an indicator whose kind changes under the same id unless it is declared a new series', () => {
    expect(checkMapping(v10, retyped(false)).map((p) => p.path)).toEqual(['carryOver.indicators.ind-b']);
    expect(checkMapping(v10, retyped(true))).toEqual([]);
  });

  it('starts a new series in the lineage: nothing earlier continues into it', () => {
    const lineage = resolveLineage([v10, retyped(true)]);
    expect(lineage.get('ind-b')).toEqual([
      { version: '1.0.0', ids: [] },
      { version: '1.1.0', ids: ['ind-b'] },
    ]);
    expect(lineage.get('ind-a')?.[0]?.ids).toEqual(['ind-a']);
    const restarted = resolveLineage([v10, rescaled('new-series')]);
    expect(restarted.get('ind-a')?.[0]?.ids).toEqual([]);
    expect(resolveLineage([v10, rescaled('index')]).get('ind-a')?.[0]?.ids).toEqual(['ind-a']);
  });

  it('names a carry-over of an id the version does not have', () => {
    const doc = fixtureInstrument();
    doc.carryOver = { indicators: { 'no-such': 'new-series' } };
    const result = Instrument.safeParse(doc);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['carryOver.indicators.no-such']);
  });
});

describe('resolveLineage', () => {
  const steps = (...ids: string[][]) => ids.map((list, i) => ({ version: `1.${i}.0`, ids: list }));

  it('maps the issue scenario: a rename, a split, an unchanged id and a removal', () => {
    const lineage = resolveLineage([v10, v11]);
    expect([...lineage.keys()]).toEqual(['ind-a2', 'ind-c1', 'ind-c2', 'ind-open']);
    expect(lineage.get('ind-a2')).toEqual(steps(['ind-a'], ['ind-a2']));
    expect(lineage.get('ind-c1')).toEqual(steps(['ind-c'], ['ind-c1']));
    expect(lineage.get('ind-c2')).toEqual(steps(['ind-c'], ['ind-c2']));
    expect(lineage.get('ind-open')).toEqual(steps(['ind-open'], ['ind-open']));
  });

  it('follows renames transitively and keeps unchanged ids over several versions', () => {
    const lineage = resolveLineage([v10, v11, v12]);
    expect(lineage.get('ind-a3')).toEqual(steps(['ind-a'], ['ind-a2'], ['ind-a3']));
    expect(lineage.get('ind-c2')).toEqual(steps(['ind-c'], ['ind-c2'], ['ind-c2']));
  });

  it('joins merged indicators and reaches over a version that lacked the id', () => {
    // 1.1.0 merges ind-a into ind-b and drops ind-c; 1.2.0 brings ind-c back as ind-c-new.
    const merged = version('1.1.0', (doc) => {
      indicatorsOf(doc, 0).shift();
      indicatorsOf(doc, 1).shift();
      doc.replaces = { 'ind-a': ['ind-b'] };
    });
    const revived = version('1.2.0', (doc) => {
      indicatorsOf(doc, 0).shift();
      indicatorsOf(doc, 1)[0]!.id = 'ind-c-new';
      doc.replaces = { 'ind-c': ['ind-c-new'] };
    });
    expect(checkMapping(merged, revived, [v10])).toEqual([]);
    const lineage = resolveLineage([v10, merged, revived]);
    expect(lineage.get('ind-b')).toEqual(steps(['ind-a', 'ind-b'], ['ind-b'], ['ind-b']));
    expect(lineage.get('ind-c-new')).toEqual(steps(['ind-c'], [], ['ind-c-new']));
  });

  it('has nothing for no versions', () => {
    expect(resolveLineage([]).size).toBe(0);
  });
});

describe('changedStandards', () => {
  it('marks the standards whose indicators differ between two versions, and only those', () => {
    // 1.1.0 renames ind-a (std-one) and splits ind-c (std-two).
    expect(changedStandards(v11, v10, resolveLineage([v10, v11]))).toEqual(['std-one', 'std-two']);
    const reworded = version('1.1.0', (doc) => {
      indicatorsOf(doc, 0)[0]!.question = t('Uusi sanamuoto?');
    });
    expect(changedStandards(reworded, v10, resolveLineage([v10, reworded]))).toEqual([]);
    expect(changedStandards(v10, v10, resolveLineage([v10]))).toEqual([]);
  });
});
