import { describe, expect, it } from 'vitest';
import { wordDiff } from './wordDiff';

describe('wordDiff', () => {
  it('marks only the words that changed', () => {
    expect(wordDiff('Onko ohjaus helposti saatavilla?', 'Onko ohjaus aina saatavilla?')).toEqual([
      { text: 'Onko ohjaus ', change: 'same' },
      { text: 'aina ', change: 'added' },
      { text: 'helposti ', change: 'removed' },
      { text: 'saatavilla?', change: 'same' },
    ]);
  });

  it('keeps a run of new words together rather than splitting it at shared spaces', () => {
    const parts = wordDiff('Bygger det på klientens behov?', 'Beaktar det kundens intressen i första hand?');
    expect(parts.filter((p) => p.change === 'added').map((p) => p.text)).toContain('kundens intressen i första hand?');
  });

  it('gives back both texts whole from their parts', () => {
    const before = 'Ohjaus on puolueetonta ja luottamuksellista';
    const after = 'Ohjaus on aina luottamuksellista';
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((p) => p.change !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.change !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });
});
