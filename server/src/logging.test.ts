import { describe, expect, it } from 'vitest';
import { logSafeError, redactUrl } from './logging';

describe('redactUrl', () => {
  it.each([
    ['/api/invitations/tok3n/drafts?lang=fi', '/api/invitations/:secret/drafts'],
    ['/api/drafts/K7M4Q-9TXAB/summary', '/api/drafts/:secret/summary'],
    ['/API/Drafts/k7m4q9txab', '/API/Drafts/:secret'],
    ['/api/%64rafts/K7M4Q-9TXAB', '/api/%64rafts/:secret'],
    ['/i/tok3n', '/i/:secret'],
    ['/r/K7M4Q-9TXAB/done#top', '/r/:secret/done'],
    ['/resume?code=K7M4Q-9TXAB', '/resume'],
    ['/api/rounds/r1/organisations/o1/results.csv?lang=sv', '/api/rounds/r1/organisations/o1/results.csv'],
    ['/api/rounds/r1/invitations', '/api/rounds/r1/invitations'],
  ])('%s → %s', (url, logged) => {
    expect(redactUrl(url)).toBe(logged);
  });
});

describe('logSafeError', () => {
  it('keeps a database error to its code, table and operation', () => {
    const err = Object.assign(new Error('insert into "answers" ("text") values ($1) - could not extend file'), {
      code: '53100',
      severity: 'ERROR',
      detail: 'Failing row contains (Salainen vastaus)',
    });
    const logged = logSafeError(err);
    expect(logged).toMatchObject({ database: true, code: '53100', table: 'answers', operation: 'insert' });
    expect(JSON.stringify(logged)).not.toContain('Salainen');
    expect(JSON.stringify(logged)).not.toContain('values');
  });

  it('names the table of an update and of a SQLite error', () => {
    const err = Object.assign(new Error('update `responses` set `draft_answers` = ? - SQLITE_FULL'), {
      name: 'SqliteError',
      code: 'SQLITE_FULL',
    });
    expect(logSafeError(err)).toMatchObject({ code: 'SQLITE_FULL', table: 'responses', operation: 'update' });
  });

  it('keeps the message and stack of any other error', () => {
    const logged = logSafeError(new TypeError('x is not a function'));
    expect(logged).toMatchObject({ type: 'TypeError', message: 'x is not a function' });
    expect(String(logged.stack)).toContain('TypeError');
  });
});
