/**
 * The 0–100 index of every round is computed on the scale of that round's own
 * instrument version. Property: over random versions with random scales and
 * answers those versions accept, no index falls outside 0–100.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnswers } from '../instrument/answers';
import { fixtureInstrument } from '../instrument/fixture.test-helper';
import { type Instrument, validateInstrument } from '../instrument/schema';
import { addSums, figureOf, type Sums, ZERO } from './figures';

const t = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });

/** A valid version with the scale min–max; later versions declare how the index carries over. */
function versionWithScale(n: number, min: number, max: number): Instrument {
  const doc = fixtureInstrument();
  doc.version = `1.${n}.0`;
  doc.scale = {
    min,
    max,
    labels: Array.from({ length: max - min + 1 }, (_, i) => ({ value: min + i, text: t(`Taso ${min + i}`) })),
  };
  if (n > 0) doc.carryOver = { scale: 'index' };
  const result = validateInstrument(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.instrument;
}

const scaleArb = fc
  .tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 10 }))
  .filter(([min, max]) => min < max && max - min <= 10);
/** A round: its version's scale and the raw values respondents picked (any integer 0–10, accepted or not). */
const roundArb = fc.record({
  scale: scaleArb,
  values: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 30 }),
});

describe('the 0–100 index', () => {
  it('stays within 0–100 for every round on its own version, whatever the versions and answers', () => {
    fc.assert(
      fc.property(fc.array(roundArb, { minLength: 1, maxLength: 6 }), (rounds) => {
        rounds.forEach(({ scale, values }, n) => {
          const version = versionWithScale(n, scale[0], scale[1]);
          let sums: Sums = ZERO;
          for (const value of values) {
            // Only what the round's version accepts is ever stored.
            if (checkAnswers(version, { 'ind-a': { value } }, { complete: false }).length > 0) continue;
            sums = addSums(sums, { responses: 1, sum: value, count: 1, na: 0 });
          }
          const figure = figureOf(sums, version.scale);
          if (figure.index !== null) {
            expect(figure.index).toBeGreaterThanOrEqual(0);
            expect(figure.index).toBeLessThanOrEqual(100);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('never leaves 0–100 even for sums outside the scale (a defensive bound)', () => {
    fc.assert(
      fc.property(scaleArb, fc.integer({ min: -50, max: 50 }), ([min, max], mean) => {
        const version = versionWithScale(0, min, max);
        const figure = figureOf({ responses: 1, sum: mean, count: 1, na: 0 }, version.scale);
        expect(figure.index).toBeGreaterThanOrEqual(0);
        expect(figure.index).toBeLessThanOrEqual(100);
      }),
    );
  });
});
