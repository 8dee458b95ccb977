import { describe, expect, it } from 'vitest';
import { hasErrors, mapProblems, pathIsWithin } from './problems';

describe('pathIsWithin', () => {
  it('matches the field itself, its properties and its items', () => {
    expect(pathIsWithin('closesAt', 'closesAt')).toBe(true);
    expect(pathIsWithin('name.sv', 'name')).toBe(true);
    expect(pathIsWithin('organisationIds[3]', 'organisationIds')).toBe(true);
  });

  it('does not match a field that only shares the beginning of its name', () => {
    expect(pathIsWithin('nameSv', 'name')).toBe(false);
    expect(pathIsWithin('name', 'name.fi')).toBe(false);
  });
});

describe('mapProblems', () => {
  const fields = ['name.fi', 'name.sv', 'name', 'organisationIds', 'closesAt'];

  it('puts each problem beside the most specific field', () => {
    const { fields: byField, general } = mapProblems(
      [
        { path: 'name.sv', message: 'the Swedish text must not be empty' },
        { path: 'organisationIds[2]', message: 'not an organisation of your region' },
        { path: 'closesAt', message: 'the round must close after it opens' },
      ],
      fields,
    );
    expect(byField).toEqual({
      'name.sv': 'the Swedish text must not be empty',
      organisationIds: 'not an organisation of your region',
      closesAt: 'the round must close after it opens',
    });
    expect(general).toEqual([]);
  });

  it('keeps the first message of a field and lists unknown paths as general', () => {
    const { fields: byField, general } = mapProblems(
      [
        { path: 'organisationIds[0]', message: 'first' },
        { path: 'organisationIds[1]', message: 'second' },
        { path: 'instrumentVersion', message: 'no such version' },
        { path: '', message: 'the body is not an object' },
      ],
      fields,
    );
    expect(byField).toEqual({ organisationIds: 'first' });
    expect(general.map((p) => p.path)).toEqual(['instrumentVersion', '']);
  });

  it('falls back to a parent field when no language field is on the form', () => {
    expect(mapProblems([{ path: 'introduction.en', message: 'too long' }], ['introduction']).fields).toEqual({
      introduction: 'too long',
    });
  });
});

describe('hasErrors', () => {
  it('ignores fields without a message', () => {
    expect(hasErrors({})).toBe(false);
    expect(hasErrors({ a: undefined })).toBe(false);
    expect(hasErrors({ a: 'required' })).toBe(true);
  });
});
