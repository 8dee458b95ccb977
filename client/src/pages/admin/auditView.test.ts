import { describe, expect, it } from 'vitest';
import { auditActionKey, formatDetails, nextCursor } from './auditView';

describe('audit view', () => {
  it('keys known actions and leaves unknown ones alone', () => {
    expect(auditActionKey('instrument.replace_draft')).toBe('instrument_replace_draft');
    expect(auditActionKey('session.create')).toBeUndefined();
  });

  it('writes details as key: value pairs', () => {
    expect(formatDetails({ email: 'a@b.fi', changed: ['role', 'name'] })).toBe(
      'email: a@b.fi; changed: ["role","name"]',
    );
    expect(formatDetails(null)).toBe('');
  });

  it('pages from the oldest entry shown', () => {
    expect(nextCursor([{ id: 40 }, { id: 12 }, { id: 31 }])).toBe(12);
    expect(nextCursor([])).toBeUndefined();
  });
});
