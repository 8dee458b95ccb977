import { fixtureInstrument } from '@shared/instrument/fixture.test-helper';
import { checkMapping, resolveLineage } from '@shared/instrument/mapping';
import { Instrument } from '@shared/instrument/schema';
import { describe, expect, it } from 'vitest';
import {
  addStandard,
  allIds,
  mergeIndicators,
  missingTranslations,
  moveIndicatorTo,
  removedWithoutSuccessor,
  removeIndicator,
  renameId,
  setText,
  splitIndicator,
} from './ops';

const base = Instrument.parse(fixtureInstrument());
const previousIds = new Set(['ind-a', 'ind-b', 'ind-c', 'ind-open']);
const start = () => ({ ...fixtureInstrument(), version: '1.1.0' });

describe('editor operations', () => {
  it('write the mapping of a split, a merge and a rename, which the model accepts and follows', () => {
    let doc = splitIndicator(start(), { a: 1, s: 0, i: 0 }, 2, previousIds);
    doc = mergeIndicators(doc, ['ind-a', 'ind-b'], previousIds);
    doc = renameId(doc, 'ind-a', 'ind-a-new', previousIds);
    expect(doc.replaces).toEqual({ 'ind-c': ['ind-c-1', 'ind-c-2'], 'ind-b': ['ind-a-new'], 'ind-a': ['ind-a-new'] });
    const next = Instrument.parse(doc);
    expect(checkMapping(base, next)).toEqual([]);
    const lineage = resolveLineage([base, next]);
    expect(lineage.get('ind-a-new')?.[0]?.ids).toEqual(['ind-a', 'ind-b']);
    expect(lineage.get('ind-c-2')?.[0]?.ids).toEqual(['ind-c']);
  });

  it('collapses a chain made within one draft: renaming a split part keeps the mapping on ids of the previous version', () => {
    let doc = splitIndicator(start(), { a: 1, s: 0, i: 0 }, 2, previousIds);
    doc = renameId(doc, 'ind-c-2', 'ind-c-late', previousIds);
    expect(doc.replaces).toEqual({ 'ind-c': ['ind-c-1', 'ind-c-late'] });
    doc = removeIndicator(doc, { a: 1, s: 0, i: 0 }, previousIds);
    doc = removeIndicator(doc, { a: 1, s: 0, i: 0 }, previousIds);
    expect(doc.replaces).toBeUndefined();
    expect(removedWithoutSuccessor(doc, previousIds)).toEqual(['ind-c']);
  });

  it('moves, adds and counts missing translations', () => {
    let doc = moveIndicatorTo(start(), { a: 0, s: 0, i: 1 }, 'std-two');
    expect(doc.areas[1]!.standards[0]!.indicators.map((i) => i.id)).toEqual(['ind-c', 'ind-open', 'ind-b']);
    doc = addStandard(doc, 0);
    expect(allIds(doc).has('standard')).toBe(true);
    // The new standard and its indicator have empty texts: two missing in each language.
    expect(missingTranslations(doc)).toEqual({ fi: 2, sv: 2, en: 2 });
    expect(setText({ fi: 'a', sv: 'b' }, 'sv', '')).toEqual({ fi: 'a' });
  });
});
