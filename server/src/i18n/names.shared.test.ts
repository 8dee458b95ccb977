import { describe, expect, it } from 'vitest';
import { languageOfHeader, nameAsText, negotiateLanguage, pickName } from './names.shared';

describe('pickName', () => {
  it('gives the viewer’s language when there is a name in it', () => {
    expect(pickName({ fi: 'Vaasa', sv: 'Vasa' }, 'sv')).toEqual({ text: 'Vasa', lang: 'sv', fallback: false });
  });

  it('falls back to the owner’s own language before Finnish, and says so', () => {
    const names = { fi: 'Saariston kansanopisto', sv: 'Skärgårdens folkhögskola' };
    expect(pickName(names, 'en', 'sv')).toEqual({ text: 'Skärgårdens folkhögskola', lang: 'sv', fallback: true });
    expect(pickName(names, 'en')).toEqual({ text: 'Saariston kansanopisto', lang: 'fi', fallback: true });
    expect(pickName({ sv: 'Vasa övningsskola' }, 'fi')).toMatchObject({ lang: 'sv', fallback: true });
  });

  it('treats a blank name as missing, and marks a fallback in plain text with its code', () => {
    expect(pickName({ fi: 'Lappi', en: '  ' }, 'en')).toMatchObject({ text: 'Lappi', lang: 'fi' });
    expect(nameAsText({ fi: 'Lappi' }, 'en')).toBe('Lappi [fi]');
    expect(nameAsText({ fi: 'Lappi', en: 'Lapland' }, 'en')).toBe('Lapland');
  });
});

describe('negotiateLanguage', () => {
  it('takes the first of our languages in the order of preference', () => {
    expect(negotiateLanguage(['sv-FI', 'fi', 'en'])).toBe('sv');
    expect(negotiateLanguage(['de-DE', 'en-GB', 'fi'])).toBe('en');
    expect(negotiateLanguage(['de'])).toBeUndefined();
  });

  it('reads an Accept-Language header with weights', () => {
    expect(languageOfHeader('de;q=1, fi;q=0.5, sv;q=0.8')).toBe('sv');
    expect(languageOfHeader('sv;q=0, en')).toBe('en');
    expect(languageOfHeader(undefined)).toBeUndefined();
  });
});
