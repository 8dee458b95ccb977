import type { Figure } from '@shared/results/types';
import { describe, expect, it } from 'vitest';
import { type FigureWords, figureText } from './figures';
import { cellClass, heatRow } from './heatmap';

const fig = (mean: number, n: number, band: Figure['band']): Figure => ({
  n,
  mean,
  index: ((mean - 1) / 4) * 100,
  band,
  hidden: false,
  reason: null,
});
const words: FigureWords = {
  mean: (v) => v.toFixed(1).replace('.', ','),
  integer: (v) => String(Math.round(v)),
  band: (b) => ({ weak: 'heikko', fair: 'kohtalainen', good: 'hyvä' })[b],
  hidden: (r) => (r === 'small' ? 'alle 5 vastausta' : 'piilotettu (suojaa pienempää ryhmää)'),
  suppressed: () => 'piilotettu (alle 5 vastausta)',
  empty: 'ei arvioita',
};

describe('heatRow', () => {
  it('gives a cell a standard, marking a suppressed group in every cell', () => {
    const group = { responses: 3, suppressed: 'small' as const, areas: {}, standards: {} };
    const row = heatRow('o1', 'Org', group, ['s1', 's2']);
    expect(row.cells.map(cellClass)).toEqual(['heat--suppressed', 'heat--suppressed']);
  });
  it('colours a shown cell by its band', () => {
    const group = {
      responses: 9,
      suppressed: null,
      areas: {},
      standards: { s1: fig(4.5, 9, 'good') },
    };
    expect(heatRow('o1', 'Org', group, ['s1', 's2']).cells.map(cellClass)).toEqual(['heat--good', 'heat--empty']);
  });
  it('writes a cell as number, band in words and n; a complementary-suppressed row says why', () => {
    const shown = { responses: 9, suppressed: null, areas: {}, standards: { s1: fig(3.4, 9, 'fair') } };
    expect(heatRow('o1', 'Org', shown, ['s1']).cells.map((c) => figureText(c, words))).toEqual([
      '3,4 · 60 kohtalainen · n = 9',
    ]);
    const protecting = {
      ...shown,
      standards: {
        s1: { n: null, mean: null, index: null, band: null, hidden: true, reason: 'complementary' as const },
      },
    };
    expect(heatRow('o1', 'Org', protecting, ['s1']).cells.map((c) => figureText(c, words))).toEqual([
      'piilotettu (suojaa pienempää ryhmää)',
    ]);
    const small = { ...shown, suppressed: 'small' as const };
    expect(heatRow('o1', 'Org', small, ['s1']).cells.map((c) => figureText(c, words))).toEqual([
      'piilotettu (alle 5 vastausta)',
    ]);
  });
  it('marks the total row', () => {
    expect(
      heatRow('total', 'Yhteensä', { responses: 0, suppressed: null, areas: {}, standards: {} }, [], true).total,
    ).toBe(true);
  });
});
