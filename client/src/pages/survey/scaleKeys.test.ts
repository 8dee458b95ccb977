import { describe, expect, it } from 'vitest';
import { wouldWrap } from './scaleKeys';

describe('arrow keys on the scale', () => {
  it('stop at the first option instead of wrapping to "not applicable"', () => {
    expect(wouldWrap('ArrowLeft', 0, 6)).toBe(true);
    expect(wouldWrap('ArrowUp', 0, 6)).toBe(true);
    expect(wouldWrap('ArrowRight', 0, 6)).toBe(false);
  });

  it('stop at the last option instead of wrapping to the first', () => {
    expect(wouldWrap('ArrowRight', 5, 6)).toBe(true);
    expect(wouldWrap('ArrowDown', 5, 6)).toBe(true);
    expect(wouldWrap('ArrowLeft', 5, 6)).toBe(false);
  });

  it('let the browser move between the ends and ignore other keys', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) expect(wouldWrap(key, 3, 6)).toBe(false);
    expect(wouldWrap('Tab', 0, 6)).toBe(false);
    expect(wouldWrap(' ', 5, 6)).toBe(false);
  });
});
