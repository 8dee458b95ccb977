import { describe, expect, it } from 'vitest';
import { answersToSurveyData, compileToSurvey, NA_VALUE, SCALE_ITEM_COMPONENT, surveyDataToAnswers } from './compile';
import { fixtureInstrument } from './fixture.test-helper';
import { Instrument } from './schema';

const instrument = Instrument.parse(fixtureInstrument());

describe('compileToSurvey', () => {
  const survey = compileToSurvey(instrument);

  it('makes one page an area and a panel a standard, numbered by order', () => {
    expect(survey.pages.map((p) => p.name)).toEqual(['area-one', 'area-two']);
    expect(survey.pages[1]?.title).toEqual({
      default: '2. Alue kaksi',
      sv: '2. Alue kaksi (sv)',
      en: '2. Alue kaksi (en)',
    });
    const panel = (survey.pages[0]!.elements as Array<Record<string, unknown>>)[0];
    expect(panel).toMatchObject({ type: 'panel', name: 'std-one', title: { default: '1.1 Ohjaus on puolueetonta' } });
    expect(survey.checkErrorsMode).toBe('onComplete');
  });

  it('turns a rating indicator into a required choice on the scale with "not applicable" and an evidence comment', () => {
    const panel = (survey.pages[0]!.elements as Array<{ elements: Array<Record<string, unknown>> }>)[0]!;
    const question = panel.elements[1]!;
    expect(question).toMatchObject({
      type: 'radiogroup',
      name: 'ind-b',
      isRequired: true,
      showCommentArea: true,
      commentText: { default: 'Miten?', sv: 'Miten? (sv)' },
      description: { default: 'Apu' },
      title: { default: '1.1.2 Kysymys B?' },
    });
    const choices = question.choices as Array<{ value: unknown; text: { default: string } }>;
    expect(choices.map((c) => c.value)).toEqual([1, 2, 3, 4, 5, NA_VALUE]);
    expect(choices[0]?.text.default).toBe('Taso 1');
    expect(question.itemComponent).toBe(SCALE_ITEM_COMPONENT);
  });

  it('turns an open indicator into a comment question', () => {
    const panel = (survey.pages[1]!.elements as Array<{ elements: Array<Record<string, unknown>> }>)[0]!;
    expect(panel.elements[1]).toMatchObject({ type: 'comment', name: 'ind-open' });
    expect(panel.elements[1]).not.toHaveProperty('isRequired');
  });
});

describe('survey data ↔ answers', () => {
  it('maps scores, "not applicable", evidence and open texts, leaving out empty answers', () => {
    const data = { 'ind-a': 4, 'ind-a-Comment': 'Näin', 'ind-b': NA_VALUE, 'ind-c-Comment': '  ', 'ind-open': 'Avoin' };
    const answers = surveyDataToAnswers(instrument, data);
    expect(answers).toEqual({
      'ind-a': { value: 4, text: 'Näin' },
      'ind-b': { na: true },
      'ind-open': { text: 'Avoin' },
    });
    expect(surveyDataToAnswers(instrument, answersToSurveyData(instrument, answers))).toEqual(answers);
  });

  it('ignores data of unknown questions', () => {
    expect(surveyDataToAnswers(instrument, { other: 3 })).toEqual({});
    expect(answersToSurveyData(instrument, { other: { value: 3 } })).toEqual({});
  });
});
