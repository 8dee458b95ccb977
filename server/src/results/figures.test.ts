import { describe, expect, it } from 'vitest';
import { fixtureInstrument } from '../instrument/fixture.test-helper';
import { Instrument } from '../instrument/schema';
import { bandOf, figureOf, suppressionPlan } from './figures';

const scale = Instrument.parse(fixtureInstrument()).scale;

describe('figureOf', () => {
  it('pools the scores into a mean, a 0–100 index and a band', () => {
    expect(figureOf({ responses: 5, sum: 20, count: 5, na: 1 }, scale, 5)).toEqual({
      n: 5,
      mean: 4,
      index: 75,
      band: 'good',
      hidden: false,
    });
    expect(figureOf({ responses: 6, sum: 6 * 1, count: 6, na: 0 }, scale, 5)).toMatchObject({
      mean: 1,
      index: 0,
      band: 'weak',
    });
    expect(figureOf({ responses: 3, sum: 10, count: 3, na: 0 }, scale, 1)).toMatchObject({
      mean: 3.33,
      index: 58,
      band: 'fair',
    });
  });

  it('withholds the mean below the minimum group size, but tells n', () => {
    expect(figureOf({ responses: 4, sum: 16, count: 4, na: 0 }, scale, 5)).toEqual({
      n: 4,
      mean: null,
      index: null,
      band: null,
      hidden: true,
    });
  });

  it('has no mean when nothing was scored', () => {
    expect(figureOf({ responses: 0, sum: 0, count: 0, na: 7 }, scale, 5)).toMatchObject({ mean: null, hidden: false });
  });

  it('bands at 50 and 75', () => {
    expect([bandOf(49), bandOf(50), bandOf(74), bandOf(75)]).toEqual(['weak', 'fair', 'fair', 'good']);
  });
});

describe('suppressionPlan', () => {
  const plan = (groups: [string, number][], min = 5) =>
    Object.fromEntries(
      suppressionPlan(
        groups.map(([id, responses]) => ({ id, responses })),
        min,
      ),
    );

  it('suppresses nothing when every group is large enough', () => {
    expect(
      plan([
        ['a', 5],
        ['b', 9],
      ]),
    ).toEqual({});
  });

  it('suppresses a lone small group together with the smallest shown one', () => {
    expect(
      plan([
        ['a', 3],
        ['b', 9],
        ['c', 6],
        ['d', 12],
      ]),
    ).toEqual({ a: 'small', c: 'complementary' });
  });

  it('adds groups until the suppressed ones together reach the minimum', () => {
    expect(
      plan([
        ['a', 1],
        ['b', 1],
        ['c', 6],
        ['d', 7],
      ]),
    ).toEqual({ a: 'small', b: 'small', c: 'complementary' });
    expect(
      plan([
        ['a', 2],
        ['b', 2],
        ['c', 9],
      ]),
    ).toEqual({ a: 'small', b: 'small', c: 'complementary' });
  });

  it('needs no partner when two small groups already reach the minimum together', () => {
    expect(
      plan([
        ['a', 3],
        ['b', 4],
        ['c', 9],
      ]),
    ).toEqual({ a: 'small', b: 'small' });
  });

  it('ignores groups without responses', () => {
    expect(
      plan([
        ['a', 0],
        ['b', 9],
        ['c', 8],
      ]),
    ).toEqual({ a: 'small' });
  });
});
