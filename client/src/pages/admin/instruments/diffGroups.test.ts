import type { DiffEntry } from '@shared/instrument/diff';
import type { NumberedElement } from '@shared/instrument/numbering';
import { describe, expect, it } from 'vitest';
import { entryLabel, fieldKey, fieldParts, groupDiff, numberOf } from './diffGroups';

const entry = (kind: DiffEntry['kind'], id: string, change: DiffEntry['change']): DiffEntry => ({
  kind,
  id,
  change,
  path: '',
});

describe('groupDiff', () => {
  it('orders kinds and changes and keeps document order inside a group', () => {
    const groups = groupDiff([
      entry('indicator', 'i-new', 'added'),
      entry('indicator', 'i-old', 'removed'),
      entry('area', 'a1', 'changed'),
      entry('indicator', 'i-2', 'added'),
      entry('indicator', 'i-3', 'moved'),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['area', 'indicator']);
    const indicators = groups[1]!;
    expect(indicators.changes.map((c) => c.change)).toEqual(['added', 'moved', 'removed']);
    expect(indicators.changes[0]!.entries.map((e) => e.id)).toEqual(['i-new', 'i-2']);
  });

  it('gives nothing for no entries', () => {
    expect(groupDiff([])).toEqual([]);
  });
});

describe('fieldParts', () => {
  it('splits a localized field', () => {
    expect(fieldParts('question.sv')).toEqual({ name: 'question', lang: 'sv' });
  });

  it('takes the scale value out of a scale label', () => {
    expect(fieldParts('scale.label.3.en')).toEqual({ name: 'scale.label', value: '3', lang: 'en' });
  });

  it('leaves plain fields as they are', () => {
    expect(fieldParts('kind')).toEqual({ name: 'kind' });
    expect(fieldParts('scale.max')).toEqual({ name: 'scale.max' });
  });
});

describe('entry labels', () => {
  const el = (number: string, fi: string): NumberedElement => ({ number, text: { fi }, kind: 'indicator' });
  const current = new Map([['kept', el('1.1.1', 'Uusi')]]);
  const previous = new Map([
    ['kept', el('1.1.2', 'Vanha')],
    ['gone', el('2.1.1', 'Poistunut')],
  ]);

  it('labels a removed node from the previous version, others from this one', () => {
    expect(entryLabel({ id: 'gone', change: 'removed' }, current, previous)).toEqual({
      number: '2.1.1',
      text: { fi: 'Poistunut' },
    });
    expect(entryLabel({ id: 'kept', change: 'changed' }, current, previous).number).toBe('1.1.1');
  });

  it('has no label for a removed node before the previous version has loaded', () => {
    expect(entryLabel({ id: 'gone', change: 'removed' }, current, undefined)).toEqual({
      number: undefined,
      text: undefined,
    });
  });

  it('numbers an id from either version, or shows the id', () => {
    expect(numberOf('kept', current, previous)).toBe('1.1.1');
    expect(numberOf('gone', current, previous)).toBe('2.1.1');
    expect(numberOf('unknown', current, previous)).toBe('unknown');
  });
});

describe('fieldKey', () => {
  it('keys known fields and leaves out unknown ones', () => {
    expect(fieldKey('scale.notApplicable')).toBe('scale_notApplicable');
    expect(fieldKey('question')).toBe('question');
    expect(fieldKey('colour')).toBeUndefined();
  });
});
