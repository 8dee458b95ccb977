import { describe, expect, it } from 'vitest';
import { Answers, checkAnswers } from './answers';
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

  it('sees a __proto__ key that JSON parsing kept and refuses it by name', () => {
    const parsed = Answers.safeParse(JSON.parse('{"__proto__": {"value": 3}, "ind-a": {"value": 5}}'));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({ path: ['__proto__'], params: { code: 'unknown_indicator' } }),
    ]);
  });

  it('refuses constructor and prototype as unknown ids, and never finds them on Object.prototype', () => {
    const answers = Answers.parse(JSON.parse('{"constructor": {"value": 3}, "prototype": {"na": true}}'));
    expect(codes({ ...complete, ...answers })).toEqual([
      'answers.constructor unknown_indicator',
      'answers.prototype unknown_indicator',
    ]);
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
