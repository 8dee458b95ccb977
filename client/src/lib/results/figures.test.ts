import type { Figure } from '@shared/results/types';
import { describe, expect, it } from 'vitest';
import { bandOf, type FigureWords, figureState, figureText, signedChange } from './figures';

const fi = new Intl.NumberFormat('fi-FI', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const words: FigureWords = {
  mean: (v) => fi.format(v),
  integer: (v) => String(Math.round(v)),
  band: (b) => ({ weak: 'heikko', fair: 'kohtalainen', good: 'hyvä' })[b],
  hidden: (r) => (r === 'small' ? 'alle 5 vastausta' : r === 'complementary' ? 'suojaa pienempää' : 'osa piilotettu'),
  suppressed: () => 'piilotettu (pieni ryhmä)',
  empty: 'ei arvioita',
};
const figure = (over: Partial<Figure> = {}): Figure => ({
  n: 12,
  mean: 3.4,
  index: 60,
  band: 'fair',
  hidden: false,
  reason: null,
  ...over,
});

describe('bandOf', () => {
  it('uses the server limits 50 and 75', () => {
    expect(bandOf(49.9)).toBe('weak');
    expect(bandOf(50)).toBe('fair');
    expect(bandOf(74.9)).toBe('fair');
    expect(bandOf(75)).toBe('good');
    expect(bandOf(null)).toBeNull();
  });
});

describe('figureText', () => {
  it('shows the mean in Finnish notation, the index with its band as text, and n', () => {
    expect(figureText(figureState(figure()), words)).toBe('3,4 · 60 kohtalainen · n = 12');
  });
  it('shows "below N responses" instead of a number for a hidden figure', () => {
    const hidden = (reason: Figure['reason']) =>
      figureText(figureState(figure({ hidden: true, n: null, mean: null, index: null, band: null, reason })), words);
    expect(hidden('small')).toBe('alle 5 vastausta');
    expect(hidden('complementary')).toBe('suojaa pienempää');
    expect(hidden('part')).toBe('osa piilotettu');
    expect(hidden('small')).not.toMatch(/\d,\d/);
  });
  it('marks a suppressed group even when a figure exists', () => {
    expect(figureText(figureState(figure(), 'small'), words)).toBe('piilotettu (pieni ryhmä)');
    expect(figureText(figureState(undefined, 'small'), words)).toBe('piilotettu (pieni ryhmä)');
  });
  it('says when nothing was scored', () => {
    expect(figureText(figureState(figure({ mean: null, index: null, band: null, n: 0 })), words)).toBe('ei arvioita');
  });
});

describe('signedChange', () => {
  const mean = (v: number) => fi.format(v);
  it('signs a change with one decimal', () => {
    expect(signedChange(0.8, mean)).toBe('+0,8');
    expect(signedChange(-0.34, mean)).toBe('−0,3');
    expect(signedChange(0.01, mean)).toBe('±0,0');
  });
});
