import { fixtureInstrument } from '@shared/instrument/fixture.test-helper';
import { Instrument } from '@shared/instrument/schema';
import { describe, expect, it } from 'vitest';
import { answeredCounts, indicatorIdOf, missingAnswers, resumePage, splitProblems } from './progress';

const instrument = Instrument.parse(fixtureInstrument());

describe('resumePage', () => {
  it('opens at the first area with an unanswered rating question', () => {
    expect(resumePage(instrument, {})).toBe(0);
    expect(resumePage(instrument, { 'ind-a': { value: 3 }, 'ind-b': { text: 'vain perustelu' } })).toBe(0);
    expect(resumePage(instrument, { 'ind-a': { value: 3 }, 'ind-b': { na: true } })).toBe(1);
  });

  it('opens at the last area when every rating is given (open questions are optional)', () => {
    const answers = { 'ind-a': { value: 3 }, 'ind-b': { na: true }, 'ind-c': { value: 1 } };
    expect(resumePage(instrument, answers)).toBe(1);
  });
});

describe('answeredCounts', () => {
  it('counts answered questions per area and overall: a score or "not applicable", or an open text', () => {
    expect(answeredCounts(instrument, {})).toEqual({
      areas: [
        { answered: 0, total: 2 },
        { answered: 0, total: 2 },
      ],
      overall: { answered: 0, total: 4 },
    });
    const counts = answeredCounts(instrument, {
      'ind-a': { value: 3 },
      'ind-b': { text: 'vain perustelu' },
      'ind-c': { na: true },
      'ind-open': { text: '  ' },
    });
    expect(counts.areas.map((c) => c.answered)).toEqual([1, 1]);
    expect(counts.overall).toEqual({ answered: 2, total: 4 });
    expect(answeredCounts(instrument, { 'ind-open': { text: 'Avoin' } }).areas[1]).toEqual({ answered: 1, total: 2 });
  });
});

describe('missingAnswers', () => {
  it('lists the rating questions without a score or "not applicable", in order, as the server would', () => {
    expect(missingAnswers(instrument, { 'ind-b': { text: 'vain perustelu' } })).toEqual([
      { path: 'answers.ind-a', code: 'answer_missing', message: expect.any(String) },
      { path: 'answers.ind-b', code: 'answer_missing', message: expect.any(String) },
      { path: 'answers.ind-c', code: 'answer_missing', message: expect.any(String) },
    ]);
    // Open questions are optional.
    expect(missingAnswers(instrument, { 'ind-a': { value: 1 }, 'ind-b': { na: true }, 'ind-c': { value: 5 } })).toEqual(
      [],
    );
  });
});

describe('problems', () => {
  it('finds the indicator of an answer path', () => {
    expect(indicatorIdOf('answers.ind-a')).toBe('ind-a');
    expect(indicatorIdOf('answers.ind-a.value')).toBe('ind-a');
    expect(indicatorIdOf('groupName')).toBeUndefined();
  });

  it('splits problems by indicator, group details and the rest', () => {
    const { byIndicator, group, other } = splitProblems([
      { path: 'answers.ind-a', code: 'answer_missing', message: 'required' },
      { path: 'answers.ind-a.value', code: 'value_off_scale', message: 'off' },
      { path: 'groupName', code: 'group_name_missing', message: 'name' },
      { path: 'language', message: 'bad' },
    ]);
    expect([...byIndicator.entries()]).toEqual([
      ['ind-a', { path: 'answers.ind-a', code: 'answer_missing', message: 'required' }],
    ]);
    expect(group.map((p) => p.code)).toEqual(['group_name_missing']);
    expect(other.map((p) => p.path)).toEqual(['language']);
  });
});
