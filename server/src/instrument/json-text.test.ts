import { describe, expect, it } from 'vitest';
import { errorLocation, locationAt, parseJson } from './json-text';

describe('locationAt', () => {
  it('counts lines and columns from 1', () => {
    expect(locationAt('{\n  "a": 1,\n  x', 14)).toEqual({ line: 3, column: 3 });
    expect(locationAt('abc', 0)).toEqual({ line: 1, column: 1 });
  });
});

describe('parseJson', () => {
  it('returns the value of valid JSON, a byte order mark allowed', () => {
    expect(parseJson('\uFEFF{"id": "elo"}')).toEqual({ ok: true, value: { id: 'elo' } });
  });

  it('locates a missing comma on its line (this runtime’s own wording)', () => {
    const text = '{\n  "id": "elo"\n  "version": "1.1.0"\n}';
    const parsed = parseJson(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message).not.toBe('');
    expect(parsed.location?.line).toBe(3);
  });

  it('locates an unfinished document at its end', () => {
    const parsed = parseJson('{\n  "id": "elo",\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.location).toEqual({ line: 3, column: 1 });
  });
});

describe('errorLocation', () => {
  const text = '{\n  "a": 1\n  "b": 2\n}';

  it('reads V8 positions', () => {
    expect(errorLocation(text, "Expected ',' or '}' after property value in JSON at position 13")).toEqual({
      line: 3,
      column: 3,
    });
  });

  it('prefers an explicit line and column (V8 and Firefox)', () => {
    expect(
      errorLocation(text, "Expected ',' or '}' after property value in JSON at position 13 (line 3 column 3)"),
    ).toEqual({ line: 3, column: 3 });
    expect(
      errorLocation(
        text,
        "JSON.parse: expected ',' or '}' after property value in object at line 3 column 3 of the JSON data",
      ),
    ).toEqual({ line: 3, column: 3 });
  });

  it('gives no location when the message has none', () => {
    expect(errorLocation(text, 'Something odd')).toBeUndefined();
  });
});
