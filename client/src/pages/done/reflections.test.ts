import { fixtureInstrument } from '@shared/instrument/fixture.test-helper';
import { Instrument } from '@shared/instrument/schema';
import { describe, expect, it } from 'vitest';
import { groupReflections } from './reflections';

const instrument = Instrument.parse(fixtureInstrument());

describe('groupReflections', () => {
  it('orders texts by area, standard and indicator with display numbers, leaving out empty parts', () => {
    const grouped = groupReflections(instrument, {
      roundId: 'r',
      asOf: '2026-12-01T00:00:00.000Z',
      pending: false,
      minTextGroupSize: 5,
      shared: null,
      indicators: [
        { indicatorId: 'ind-open', texts: ['Yhteistyö auttaa.'] },
        { indicatorId: 'ind-b', texts: ['Sovittu tiimissä.'] },
      ],
    });
    expect(grouped.map((a) => [a.number, a.id, a.count])).toEqual([
      ['1', 'area-one', 1],
      ['2', 'area-two', 1],
    ]);
    expect(grouped[0]?.standards[0]?.indicators.map((i) => [i.number, i.id])).toEqual([['1.1.2', 'ind-b']]);
    expect(grouped[1]?.standards[0]?.indicators[0]).toMatchObject({
      number: '2.1.2',
      question: { fi: 'Avoin kysymys?' },
      texts: [{ text: 'Yhteistyö auttaa.', count: 1 }],
    });
  });

  it('shows the same words once with their count and skips blank texts and unknown indicators', () => {
    const grouped = groupReflections(instrument, {
      roundId: 'r',
      asOf: '2026-12-01T00:00:00.000Z',
      pending: false,
      minTextGroupSize: 5,
      shared: null,
      indicators: [
        { indicatorId: 'ind-a', texts: ['Sama.', 'Muu.', 'Sama. ', '  '] },
        { indicatorId: 'retired-id', texts: ['Vanha.'] },
      ],
    });
    expect(grouped).toHaveLength(1);
    expect(grouped[0]?.count).toBe(3);
    expect(grouped[0]?.standards[0]?.indicators[0]?.texts).toEqual([
      { text: 'Sama.', count: 2 },
      { text: 'Muu.', count: 1 },
    ]);
  });

  it('gives nothing when nobody wrote anything', () => {
    expect(
      groupReflections(instrument, {
        roundId: 'r',
        asOf: '2026-12-01T00:00:00.000Z',
        pending: false,
        minTextGroupSize: 5,
        shared: null,
        indicators: [],
      }),
    ).toEqual([]);
  });
});
