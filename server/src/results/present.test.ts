import { describe, expect, it } from 'vitest';
import { fixtureInstrument } from '../instrument/fixture.test-helper';
import { Instrument } from '../instrument/schema';
import { figure, presentResults } from './present';

const instrument = Instrument.parse(fixtureInstrument());

describe('presentResults', () => {
  it('computes indicator means and distributions from counts, in instrument order', () => {
    const counts = [
      { indicatorId: 'ind-a', value: 5, notApplicable: false, count: 2 },
      { indicatorId: 'ind-a', value: 2, notApplicable: false, count: 1 },
      { indicatorId: 'ind-a', value: null, notApplicable: true, count: 3 },
    ];
    const [areaOne, areaTwo] = presentResults(
      instrument,
      counts,
      [{ id: 'std-one', n: 3, mean: 4 }],
      [{ id: 'area-one', n: 3, mean: 4 }],
    );
    const a = areaOne!.standards[0]!.indicators[0]!;
    expect(a).toMatchObject({ id: 'ind-a', n: 3, mean: 4, index: 75, notApplicable: 3 });
    expect(a.distribution).toEqual([
      { value: 1, count: 0 },
      { value: 2, count: 1 },
      { value: 3, count: 0 },
      { value: 4, count: 0 },
      { value: 5, count: 2 },
    ]);
    expect(areaOne).toMatchObject({ n: 3, mean: 4, index: 75 });
    expect(areaTwo).toMatchObject({ id: 'area-two', n: 0, mean: null, index: null });
    expect(areaOne!.standards[0]!.indicators[1]).toMatchObject({ id: 'ind-b', n: 0, mean: null });
  });
});

describe('figure', () => {
  it('maps the mean to a 0–100 index on the scale', () => {
    expect(figure(4, 1, instrument.scale)).toEqual({ n: 4, mean: 1, index: 0 });
    expect(figure(4, 3.333333, instrument.scale)).toEqual({ n: 4, mean: 3.33, index: 58 });
    expect(figure(0, null, instrument.scale)).toEqual({ n: 0, mean: null, index: null });
  });
});
