import type { RoundSummary } from '@shared/rounds/types';
import { describe, expect, it } from 'vitest';
import {
  changedRoundBody,
  checkRoundValues,
  type RoundValues,
  roundToValues,
  toLocalized,
  toRoundBody,
} from './roundForm';

const valid = (): RoundValues => ({
  name: { fi: 'Syksyn kierros', sv: '', en: 'Autumn round' },
  opensAt: '2026-12-01',
  lastDay: '2026-12-31',
  minGroupSize: '5',
  introduction: { fi: '', sv: '', en: '' },
  videoUrl: '',
});

describe('checkRoundValues', () => {
  it('accepts a complete round', () => {
    expect(checkRoundValues(valid())).toEqual({});
  });

  it('names each problem by the API field it concerns', () => {
    const values: RoundValues = {
      ...valid(),
      name: { fi: ' ', sv: 'Höst', en: '' },
      lastDay: '2026-11-30',
      minGroupSize: '0',
      introduction: { fi: '', sv: 'Välkommen', en: '' },
      videoUrl: 'http://example.com/video',
    };
    expect(checkRoundValues(values)).toEqual({
      'name.fi': 'required',
      closesAt: 'closesBeforeOpens',
      minGroupSize: 'minGroupSize',
      'introduction.fi': 'finnishFirst',
      videoUrl: 'https',
    });
  });

  it('allows a one-day round and refuses impossible dates and fractional sizes', () => {
    expect(checkRoundValues({ ...valid(), lastDay: '2026-12-01' })).toEqual({});
    expect(checkRoundValues({ ...valid(), opensAt: '2026-02-30', minGroupSize: '2.5' })).toEqual({
      opensAt: 'invalidDate',
      minGroupSize: 'minGroupSize',
    });
  });
});

describe('toRoundBody', () => {
  it('sends the day after the last day, trimmed texts without empty languages, and nulls for nothing', () => {
    expect(toRoundBody({ ...valid(), name: { fi: ' Syksyn kierros ', sv: '', en: 'Autumn round' } })).toEqual({
      name: { fi: 'Syksyn kierros', en: 'Autumn round' },
      opensAt: '2026-12-01',
      closesAt: '2027-01-01',
      minGroupSize: 5,
      introduction: null,
      videoUrl: null,
    });
  });
});

describe('roundToValues', () => {
  it('shows an existing round as it was entered', () => {
    const round = {
      name: { fi: 'Kierros', sv: 'Omgång' },
      opensAt: '2026-12-01T00:00:00.000Z',
      closesAt: '2027-01-01T00:00:00.000Z',
      minGroupSize: 7,
      introduction: { fi: 'Tervetuloa' },
      videoUrl: 'https://example.com/v',
    } as RoundSummary;
    expect(roundToValues(round)).toEqual({
      name: { fi: 'Kierros', sv: 'Omgång', en: '' },
      opensAt: '2026-12-01',
      lastDay: '2026-12-31',
      minGroupSize: '7',
      introduction: { fi: 'Tervetuloa', sv: '', en: '' },
      videoUrl: 'https://example.com/v',
    });
  });

  it('gives no localized text for empty fields', () => {
    expect(toLocalized({ fi: '', sv: ' ', en: '' })).toBeNull();
  });
});

describe('changedRoundBody', () => {
  it('sends only the fields that changed', () => {
    const initial = valid();
    expect(changedRoundBody(initial, { ...initial, minGroupSize: '7' })).toEqual({ minGroupSize: 7 });
    expect(changedRoundBody(initial, { ...initial, lastDay: '2027-01-31', videoUrl: 'https://v.example/x' })).toEqual({
      closesAt: '2027-02-01',
      videoUrl: 'https://v.example/x',
    });
  });

  it('clears an introduction that was emptied and ignores whitespace-only edits', () => {
    const initial = { ...valid(), introduction: { fi: 'Tervetuloa', sv: '', en: '' } };
    expect(changedRoundBody(initial, { ...initial, introduction: { fi: '', sv: '', en: '' } })).toEqual({
      introduction: null,
    });
    expect(changedRoundBody(initial, { ...initial, name: { ...initial.name, fi: 'Syksyn kierros ' } })).toEqual({});
  });
});
