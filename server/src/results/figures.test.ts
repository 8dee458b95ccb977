import { describe, expect, it } from 'vitest';
import { fixtureInstrument } from '../instrument/fixture.test-helper';
import { Instrument } from '../instrument/schema';
import { bandOf, figureOf, planned, withheld } from './figures';

const scale = Instrument.parse(fixtureInstrument()).scale;

describe('figureOf', () => {
  it('pools the scores into a mean, a 0–100 index and a band', () => {
    expect(figureOf({ responses: 5, sum: 20, count: 5, na: 1 }, scale)).toEqual({
      n: 5,
      mean: 4,
      index: 75,
      band: 'good',
      hidden: false,
      reason: null,
    });
    expect(figureOf({ responses: 6, sum: 6 * 1, count: 6, na: 0 }, scale)).toMatchObject({
      mean: 1,
      index: 0,
      band: 'weak',
    });
    expect(figureOf({ responses: 3, sum: 10, count: 3, na: 0 }, scale)).toMatchObject({
      mean: 3.33,
      index: 58,
      band: 'fair',
    });
  });

  it('has no mean when nothing was scored', () => {
    expect(figureOf({ responses: 0, sum: 0, count: 0, na: 7 }, scale)).toMatchObject({ mean: null, hidden: false });
  });

  it('bands at 50 and 75', () => {
    expect([bandOf(49), bandOf(50), bandOf(74), bandOf(75)]).toEqual(['weak', 'fair', 'fair', 'good']);
  });
});

describe('a withheld figure', () => {
  it('gives neither its mean nor its n, only why', () => {
    expect(withheld('complementary')).toEqual({
      n: null,
      mean: null,
      index: null,
      band: null,
      hidden: true,
      reason: 'complementary',
    });
  });

  it('follows the plan: withheld with a reason, else computed from the sums', () => {
    const sums = { responses: 4, sum: 16, count: 4, na: 0 };
    expect(planned('small', sums, scale)).toMatchObject({ hidden: true, n: null, reason: 'small' });
    expect(planned(null, sums, scale)).toMatchObject({ hidden: false, n: 4, mean: 4 });
  });
});
