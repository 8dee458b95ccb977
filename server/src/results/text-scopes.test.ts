/**
 * A respondent's two views of the others' texts (the whole round and their own
 * organisation): neither view, nor the whole round minus the own organisation,
 * may pin down texts of fewer than the text minimum of people other than the reader.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type TextScopeInput, type TextScopes, textScopes } from './disclosure';

/** The groups of people (the reader excluded) whose texts a reader can isolate from the views shown to them. */
function isolated({ minimum, own, known, others }: TextScopeInput, scopes: TextScopes): number[] {
  // Whatever the rule says, an organisation below the minimum contributes no text to either view.
  const ownOthers = own >= minimum ? own - known : 0;
  const rest = others.filter((n) => n >= minimum).reduce((sum, n) => sum + n, 0);
  const round = scopes.round === null ? ownOthers + rest : 0;
  const organisation = scopes.organisation === null ? ownOthers : 0;
  // Both shown: the round minus the organisation is the rest of the round.
  return scopes.round === null && scopes.organisation === null ? [round, organisation, rest] : [round, organisation];
}

const inputArb = fc
  .record({
    minimum: fc.integer({ min: 2, max: 6 }),
    own: fc.integer({ min: 1, max: 12 }),
    known: fc.integer({ min: 1, max: 4 }),
    others: fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 4 }),
  })
  .filter((i) => i.known <= i.own);

const leaks = (input: TextScopeInput, scopes: TextScopes) =>
  isolated(input, scopes).filter((n) => n > 0 && n < input.minimum);

describe('textScopes', () => {
  it('shows the own organisation once the others in it, without the reader, reach the minimum', () => {
    expect(textScopes({ minimum: 5, own: 6, known: 1, others: [] })).toEqual({ round: null, organisation: null });
    // Five people meet the minimum, but the reader knows their own text: the other four would be exposed.
    expect(textScopes({ minimum: 5, own: 5, known: 1, others: [7] })).toEqual({
      round: null,
      organisation: 'complementary',
    });
    // …and with no other organisation in the pool, the whole round is those four as well.
    expect(textScopes({ minimum: 5, own: 5, known: 1, others: [3] })).toEqual({
      round: 'complementary',
      organisation: 'complementary',
    });
  });

  it('withholds a small own organisation as small and keeps the whole round of the others', () => {
    expect(textScopes({ minimum: 5, own: 2, known: 1, others: [5, 4] })).toEqual({
      round: null,
      organisation: 'small',
    });
  });

  it('counts a working group’s participants as what the reader knows', () => {
    expect(textScopes({ minimum: 5, own: 8, known: 4, others: [] }).organisation).toBe('complementary');
    expect(textScopes({ minimum: 5, own: 8, known: 3, others: [] }).organisation).toBeNull();
  });

  it('never lets either view, or their difference, isolate fewer than the minimum', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(leaks(input, textScopes(input))).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('catches the naive rule, each organisation on its own (the check can fail)', () => {
    const naive = (i: TextScopeInput): TextScopes => ({
      round: null,
      organisation: i.own >= i.minimum ? null : 'small',
    });
    const result = fc.check(
      fc.property(inputArb, (input) => leaks(input, naive(input)).length === 0),
      { numRuns: 2000 },
    );
    expect(result.failed).toBe(true);
  });
});
