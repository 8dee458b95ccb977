import { describe, expect, it } from 'vitest';
import { checkAnswers } from './answers';
import { fixtureInstrument } from './fixture.test-helper';
import { Instrument } from './schema';

const instrument = Instrument.parse(fixtureInstrument());
const complete = { 'ind-a': { value: 5 }, 'ind-b': { na: true }, 'ind-c': { value: 1, text: 'Näyttö' } };
const codes = (answers: Parameters<typeof checkAnswers>[1], isComplete = true) =>
  checkAnswers(instrument, answers, { complete: isComplete }).map((p) => `${p.path} ${p.code}`);

describe('checkAnswers', () => {
  it('accepts a complete, valid set of answers', () => {
    expect(codes(complete)).toEqual([]);
  });

  it('rejects unknown indicators and values off the scale', () => {
    expect(codes({ ...complete, nope: { value: 3 }, 'ind-a': { value: 6 } })).toEqual([
      'answers.ind-a.value value_off_scale',
      'answers.nope unknown_indicator',
    ]);
    expect(codes({ ...complete, 'ind-a': { value: 0 } })).toEqual(['answers.ind-a.value value_off_scale']);
  });

  it('rejects a score together with "not applicable", and scores on open questions', () => {
    expect(codes({ ...complete, 'ind-a': { value: 2, na: true }, 'ind-open': { value: 3 } })).toEqual([
      'answers.ind-a value_and_na',
      'answers.ind-open not_a_rating',
    ]);
  });

  it('requires every rating indicator on submit but not in a draft', () => {
    expect(codes({ 'ind-a': { value: 3 } })).toEqual(['answers.ind-b answer_missing', 'answers.ind-c answer_missing']);
    expect(codes({ 'ind-a': { value: 3 } }, false)).toEqual([]);
  });

  it('rejects "not applicable" when the scale has none', () => {
    const strict = Instrument.parse({
      ...fixtureInstrument(),
      scale: { ...fixtureInstrument().scale!, notApplicable: undefined },
    });
    expect(checkAnswers(strict, complete, { complete: true }).map((p) => p.code)).toEqual(['na_not_allowed']);
  });
});
