import { describe, expect, it } from 'vitest';
import { formatResumeCode } from './resumeCode';

describe('formatResumeCode', () => {
  it('keeps a canonical code as it is', () => {
    expect(formatResumeCode('K7M4Q-9TXAB')).toBe('K7M4Q-9TXAB');
  });

  it('forgives case, spaces, missing or extra hyphens and look-alike letters', () => {
    expect(formatResumeCode(' k7m4q 9txab ')).toBe('K7M4Q-9TXAB');
    expect(formatResumeCode('k7m4q9txab')).toBe('K7M4Q-9TXAB');
    expect(formatResumeCode('K7-M4Q-9T-XAB')).toBe('K7M4Q-9TXAB');
    expect(formatResumeCode('OOIL1-22222')).toBe('00111-22222');
  });

  it('refuses what cannot be a code', () => {
    expect(formatResumeCode('')).toBeUndefined();
    expect(formatResumeCode('K7M4Q-9TXA')).toBeUndefined();
    expect(formatResumeCode('K7M4Q-9TXABC')).toBeUndefined();
    expect(formatResumeCode('K7M4Q-9TXÄB')).toBeUndefined();
    expect(formatResumeCode('K7M4Q/9TXAB')).toBeUndefined();
  });
});
