/**
 * Compiles an instrument version to SurveyJS JSON: one page an area, a panel a
 * standard, a question an indicator (a score with an evidence comment, or an
 * open text). Also maps SurveyJS data to the API's answers and back.
 */
import type { Answers } from './answers';
import type { Instrument } from './schema';
import { displayNumber, LANGUAGES, type Language, type LocalizedText } from './text';

/** The value SurveyJS stores for "not applicable / cannot say". */
export const NA_VALUE = 'na';
/**
 * The client's renderer of a scale option (a numbered box; the labels of the
 * scale's ends beneath; "not applicable" set apart), named in the JSON.
 */
export const SCALE_ITEM_COMPONENT = 'laatupeili-scale-item';
const COMMENT_SUFFIX = '-Comment';

type SurveyText = { default: string } & Partial<Record<Language, string>>;

/** SurveyJS localizable string: `default` is Finnish, others by locale code. */
function text(value: LocalizedText | undefined, prefix = ''): SurveyText | undefined {
  if (!value) return undefined;
  const out: SurveyText = { default: prefix + value.fi };
  for (const lang of LANGUAGES) {
    const v = value[lang];
    if (v && lang !== 'fi') out[lang] = prefix + v;
  }
  return out;
}

export type SurveyJson = Record<string, unknown> & { pages: Array<Record<string, unknown>> };

export function compileToSurvey(instrument: Instrument): SurveyJson {
  const scale = instrument.scale;
  const choices = scale
    ? [
        ...scale.labels
          .slice()
          .sort((a, b) => a.value - b.value)
          .map((label) => ({ value: label.value, text: text(label.text) })),
        ...(scale.notApplicable ? [{ value: NA_VALUE, text: text(scale.notApplicable) }] : []),
      ]
    : [];

  return {
    title: text(instrument.title),
    description: text(instrument.description),
    // The client draws its own area steps with answered counts, and moving between areas never blocks:
    // required answers are checked when the answers are submitted.
    showProgressBar: 'off',
    showQuestionNumbers: 'off',
    questionErrorLocation: 'bottom',
    checkErrorsMode: 'onComplete',
    pages: instrument.areas.map((area, a) => ({
      name: area.id,
      title: text(area.title, `${displayNumber(a)}. `),
      description: text(area.description),
      elements: area.standards.map((standard, s) => ({
        type: 'panel',
        name: standard.id,
        title: text(standard.statement, `${displayNumber(a, s)} `),
        description: text(standard.description),
        elements: standard.indicators.map((indicator, i) => {
          const title = text(indicator.question, `${displayNumber(a, s, i)} `);
          if (indicator.kind === 'text') {
            return { type: 'comment', name: indicator.id, title, description: text(indicator.help), rows: 5 };
          }
          return {
            type: 'radiogroup',
            name: indicator.id,
            title,
            description: text(indicator.help),
            isRequired: true,
            colCount: 0,
            choices,
            itemComponent: SCALE_ITEM_COMPONENT,
            showCommentArea: true,
            commentText: text(indicator.evidencePrompt ?? instrument.evidencePrompt),
          };
        }),
      })),
    })),
  };
}

/** SurveyJS data → the API's answers (empty answers left out). */
export function surveyDataToAnswers(instrument: Instrument, data: Record<string, unknown>): Answers {
  const answers: Answers = {};
  for (const area of instrument.areas) {
    for (const standard of area.standards) {
      for (const indicator of standard.indicators) {
        const value = data[indicator.id];
        const comment = data[indicator.id + COMMENT_SUFFIX];
        if (indicator.kind === 'text') {
          if (typeof value === 'string' && value.trim()) answers[indicator.id] = { text: value };
          continue;
        }
        const answer: Answers[string] = {};
        if (value === NA_VALUE) answer.na = true;
        else if (typeof value === 'number') answer.value = value;
        if (typeof comment === 'string' && comment.trim()) answer.text = comment;
        if (Object.keys(answer).length > 0) answers[indicator.id] = answer;
      }
    }
  }
  return answers;
}

/** The API's answers → SurveyJS data, for resuming a draft. */
export function answersToSurveyData(instrument: Instrument, answers: Answers): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const kinds = new Map(
    instrument.areas.flatMap((a) => a.standards.flatMap((s) => s.indicators.map((i) => [i.id, i.kind] as const))),
  );
  for (const [id, answer] of Object.entries(answers)) {
    const kind = kinds.get(id);
    if (!kind) continue;
    if (kind === 'text') {
      if (answer.text) data[id] = answer.text;
      continue;
    }
    if (answer.na) data[id] = NA_VALUE;
    else if (typeof answer.value === 'number') data[id] = answer.value;
    if (answer.text) data[id + COMMENT_SUFFIX] = answer.text;
  }
  return data;
}
