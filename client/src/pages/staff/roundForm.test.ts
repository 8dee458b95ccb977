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
  minTextGroupSize: '',
  shareGroupAnswers: false,
  introduction: { fi: '', sv: '', en: '' },
  videoUrl: '',
  language: '',
});
const floor3 = { minGroupSizeFloor: 3 };

describe('checkRoundValues', () => {
  it('accepts a complete round', () => {
    expect(checkRoundValues(valid(), floor3)).toEqual({});
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
    expect(checkRoundValues(values, floor3)).toEqual({
      'name.fi': 'required',
      closesAt: 'closesBeforeOpens',
      minGroupSize: 'minGroupSize',
      'introduction.fi': 'finnishFirst',
      videoUrl: 'https',
    });
  });

  it('allows a one-day round and refuses impossible dates and fractional sizes', () => {
    expect(checkRoundValues({ ...valid(), lastDay: '2026-12-01' }, floor3)).toEqual({});
    expect(checkRoundValues({ ...valid(), opensAt: '2026-02-30', minGroupSize: '2.5' }, floor3)).toEqual({
      opensAt: 'invalidDate',
      minGroupSize: 'minGroupSize',
    });
  });
});

describe('the minimums', () => {
  const check = (values: Partial<RoundValues>, rules: Parameters<typeof checkRoundValues>[1] = floor3) =>
    checkRoundValues({ ...valid(), ...values }, rules);

  it('keeps both minimums at the configured floor or above, the text minimum at the minimum or above', () => {
    expect(check({ minGroupSize: '2' })).toEqual({ minGroupSize: 'belowFloor' });
    expect(check({ minGroupSize: '4' }, { minGroupSizeFloor: 5 })).toEqual({ minGroupSize: 'belowFloor' });
    expect(check({ minTextGroupSize: '2', minGroupSize: '3' })).toEqual({ minTextGroupSize: 'belowFloor' });
    expect(check({ minTextGroupSize: '4' })).toEqual({ minTextGroupSize: 'textBelowMinimum' });
    expect(check({ minTextGroupSize: '7' })).toEqual({});
    expect(check({ minTextGroupSize: '0.5' })).toEqual({ minTextGroupSize: 'minGroupSize' });
  });

  it('once answering has begun, allows raising but not lowering, emptying the text minimum included', () => {
    const current = { minGroupSize: 5, minTextGroupSize: 7, hasResponses: true };
    const rules = { minGroupSizeFloor: 3, current };
    expect(check({ minGroupSize: '4', minTextGroupSize: '7' }, rules)).toEqual({ minGroupSize: 'minimumLowered' });
    expect(check({ minGroupSize: '5', minTextGroupSize: '' }, rules)).toEqual({ minTextGroupSize: 'minimumLowered' });
    expect(check({ minGroupSize: '6', minTextGroupSize: '6' }, rules)).toEqual({ minTextGroupSize: 'minimumLowered' });
    expect(check({ minGroupSize: '6', minTextGroupSize: '9' }, rules)).toEqual({});
    // Before anyone has answered the same change is allowed.
    const open = { minGroupSizeFloor: 3, current: { ...current, hasResponses: false } };
    expect(check({ minGroupSize: '4', minTextGroupSize: '' }, open)).toEqual({});
  });

  it('leaves an older round below the floor alone until its minimum is changed', () => {
    const rules = { minGroupSizeFloor: 3, current: { minGroupSize: 1, minTextGroupSize: null, hasResponses: true } };
    expect(check({ minGroupSize: '1' }, rules)).toEqual({});
    expect(check({ minGroupSize: '2' }, rules)).toEqual({ minGroupSize: 'belowFloor' });
  });
});

describe('toRoundBody', () => {
  it('sends the day after the last day, trimmed texts without empty languages, and nulls for nothing', () => {
    expect(toRoundBody({ ...valid(), name: { fi: ' Syksyn kierros ', sv: '', en: 'Autumn round' } })).toEqual({
      name: { fi: 'Syksyn kierros', en: 'Autumn round' },
      opensAt: '2026-12-01',
      closesAt: '2027-01-01',
      minGroupSize: 5,
      minTextGroupSize: null,
      shareGroupAnswers: false,
      introduction: null,
      videoUrl: null,
      language: null,
    });
    expect(toRoundBody({ ...valid(), minTextGroupSize: ' 8 ', shareGroupAnswers: true })).toMatchObject({
      minTextGroupSize: 8,
      shareGroupAnswers: true,
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
      minTextGroupSize: 9,
      shareGroupAnswers: true,
      introduction: { fi: 'Tervetuloa' },
      videoUrl: 'https://example.com/v',
      language: 'sv',
    } as RoundSummary;
    expect(roundToValues(round)).toEqual({
      name: { fi: 'Kierros', sv: 'Omgång', en: '' },
      opensAt: '2026-12-01',
      lastDay: '2026-12-31',
      minGroupSize: '7',
      minTextGroupSize: '9',
      shareGroupAnswers: true,
      introduction: { fi: 'Tervetuloa', sv: '', en: '' },
      videoUrl: 'https://example.com/v',
      language: 'sv',
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
    expect(changedRoundBody({ ...initial, minTextGroupSize: '8' }, { ...initial, shareGroupAnswers: true })).toEqual({
      minTextGroupSize: null,
      shareGroupAnswers: true,
    });
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
