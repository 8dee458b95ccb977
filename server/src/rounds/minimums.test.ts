import { describe, expect, it } from 'vitest';
import { minimumProblems, textMinimum } from './minimums';
import { mayChangeRound } from './types';

const codes = (...args: Parameters<typeof minimumProblems>) =>
  minimumProblems(...args).map((p) => `${p.path}:${p.code}`);
const setting = { minGroupSize: true, minTextGroupSize: true };

describe('minimumProblems', () => {
  it('holds values being set to the floor and texts to the figures’ minimum', () => {
    expect(codes({ next: { minGroupSize: 2, minTextGroupSize: null }, setting, floor: 3 })).toEqual([
      'minGroupSize:below_floor',
    ]);
    expect(codes({ next: { minGroupSize: 5, minTextGroupSize: 4 }, setting, floor: 3 })).toEqual([
      'minTextGroupSize:text_minimum_below_minimum',
    ]);
    expect(codes({ next: { minGroupSize: 3, minTextGroupSize: 3 }, setting, floor: 3 })).toEqual([]);
  });

  it('does not hold an older value that is not being set to a floor raised since', () => {
    const next = { minGroupSize: 1, minTextGroupSize: null };
    const current = { ...next, hasResponses: true };
    expect(codes({ next, setting: { minGroupSize: false, minTextGroupSize: false }, floor: 3, current })).toEqual([]);
  });

  it('refuses lowering either minimum once responses exist, the text minimum by its effect', () => {
    const current = { minGroupSize: 5, minTextGroupSize: 7, hasResponses: true };
    expect(codes({ next: { minGroupSize: 4, minTextGroupSize: 7 }, setting, floor: 3, current })).toEqual([
      'minGroupSize:minimum_lowered',
    ]);
    expect(codes({ next: { minGroupSize: 5, minTextGroupSize: null }, setting, floor: 3, current })).toEqual([
      'minTextGroupSize:minimum_lowered',
    ]);
    expect(codes({ next: { minGroupSize: 8, minTextGroupSize: null }, setting, floor: 3, current })).toEqual([]);
    expect(
      codes({
        next: { minGroupSize: 4, minTextGroupSize: 6 },
        setting,
        floor: 3,
        current: { ...current, hasResponses: false },
      }),
    ).toEqual([]);
    expect(textMinimum({ minGroupSize: 5, minTextGroupSize: null })).toBe(5);
  });
});

describe('mayChangeRound', () => {
  const coordinator = { role: 'coordinator' as const, regionCode: '11' };
  it('lets administrators change any round and quality managers none', () => {
    expect(mayChangeRound({ role: 'admin', regionCode: null }, { regionCode: null, organisationRegions: ['06'] })).toBe(
      true,
    );
    expect(
      mayChangeRound({ role: 'manager', regionCode: null }, { regionCode: '11', organisationRegions: ['11'] }),
    ).toBe(false);
  });

  it('lets a coordinator change only a round their region opened whose organisations are all theirs', () => {
    expect(mayChangeRound(coordinator, { regionCode: '11', organisationRegions: ['11'] })).toBe(true);
    expect(mayChangeRound(coordinator, { regionCode: null, organisationRegions: ['11'] })).toBe(false);
    expect(mayChangeRound(coordinator, { regionCode: '06', organisationRegions: ['06'] })).toBe(false);
    expect(mayChangeRound(coordinator, { regionCode: '11', organisationRegions: ['11', '06'] })).toBe(false);
  });
});
