import type { SurveyModel } from 'survey-core';

/**
 * Instrument texts are plain text: SurveyJS shows a title as HTML only when
 * an `onTextMarkdown` handler returns some (none is ever added), and it would
 * replace `{name}` in a text with an answer or variable. This turns that
 * replacement off, so that a text is shown exactly as written.
 */
export function showTextsAsWritten(survey: SurveyModel): void {
  survey.processTextEx = (params: { text: string }) => ({ text: params.text, hasAllValuesOnLastRun: true });
}
