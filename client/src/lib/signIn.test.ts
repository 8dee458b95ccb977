import { describe, expect, it } from 'vitest';
import { parseReason, safeNextPath, signInUrl } from './signIn';

describe('safeNextPath', () => {
  it('keeps a path of this site with its query', () => {
    expect(safeNextPath('/staff/rounds/abc?tab=2')).toBe('/staff/rounds/abc?tab=2');
  });

  it('refuses other sites, relative paths and the sign-in page', () => {
    for (const value of ['//evil.example', '/\\evil.example', 'https://evil.example/', 'staff', '', null, '/sign-in']) {
      expect(safeNextPath(value)).toBe('/staff');
    }
    expect(safeNextPath('/sign-in?reason=expired')).toBe('/staff');
  });
});

describe('signInUrl', () => {
  it('carries the reason and the page to return to', () => {
    expect(signInUrl({ reason: 'expired', next: '/admin/users' })).toBe(
      '/sign-in?reason=expired&next=%2Fadmin%2Fusers',
    );
  });

  it('leaves out a return to the default page or an unsafe one', () => {
    expect(signInUrl({ next: '/staff' })).toBe('/sign-in');
    expect(signInUrl({ reason: 'signedOut', next: '//evil.example' })).toBe('/sign-in?reason=signedOut');
  });

  it('reads back only known reasons', () => {
    expect(parseReason('expired')).toBe('expired');
    expect(parseReason('hacked')).toBeUndefined();
    expect(parseReason(null)).toBeUndefined();
  });
});
