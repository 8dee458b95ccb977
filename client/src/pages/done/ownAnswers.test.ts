import type { AreaResult, IndicatorResult } from '@shared/results/types';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../lib/storage';
import { keepOwnAnswers, pairOwnAnswers, readOwnAnswers } from './ownAnswers';

const indicator = (id: string, n: number | null, mean: number | null): IndicatorResult =>
  ({
    id,
    n,
    mean,
    index: null,
    band: null,
    hidden: n === null,
    reason: n === null ? 'small' : null,
    notApplicable: 0,
    distribution: [],
    texts: [],
  }) as unknown as IndicatorResult;
const area = {
  id: 'area-one',
  standards: [{ id: 'std-a', indicators: [indicator('ind-a', 6, 3.5), indicator('ind-b', null, null)] }],
} as unknown as AreaResult;

describe('own answers in this tab', () => {
  it('keeps scores and "not applicable" by response, leaving out texts and blanks', () => {
    const storage = memoryStorage();
    keepOwnAnswers(storage, 'CODE-1', {
      'ind-a': { value: 4, text: 'Meillä on tapana.' } as { value: number },
      'ind-b': { na: true },
      'ind-c': { value: null },
    });
    expect(storage.items.get('laatupeili:own-answers:CODE-1')).not.toContain('Meillä');
    expect(readOwnAnswers(storage, 'CODE-1')).toEqual(
      new Map([
        ['ind-a', { kind: 'value', value: 4 }],
        ['ind-b', { kind: 'na' }],
      ]),
    );
    expect(readOwnAnswers(storage, 'CODE-2')).toBeUndefined();
  });

  it('says nothing when the storage is missing, blocked or holds something else', () => {
    expect(readOwnAnswers(undefined, 'CODE-1')).toBeUndefined();
    expect(keepOwnAnswers(undefined, 'CODE-1', {})).toBe(false);
    const storage = memoryStorage({
      'laatupeili:own-answers:X': '[1,2]',
      'laatupeili:own-answers:Y': '{"a":{"value":"4"}}',
    });
    expect(readOwnAnswers(storage, 'X')).toBeUndefined();
    expect(readOwnAnswers(storage, 'Y')).toEqual(new Map());
  });
});

describe('pairOwnAnswers', () => {
  it('pairs each shown indicator figure with the own answer and leaves withheld figures out', () => {
    const rows = pairOwnAnswers(area, new Map([['ind-b', { kind: 'value', value: 2 }]]));
    expect(rows).toEqual([{ standardId: 'std-a', indicatorId: 'ind-a', mean: 3.5, n: 6, own: { kind: 'none' } }]);
    expect(pairOwnAnswers(area, new Map([['ind-a', { kind: 'na' }]]))[0]?.own).toEqual({ kind: 'na' });
  });
});
