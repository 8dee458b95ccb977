import type { AfterRenderQuestionEvent } from 'survey-core';
import type { SurveyModel } from './surveyjs';

/**
 * SurveyJS 2.5 renders a question's comment box ("How?") with its prompt in a
 * plain <div> and no accessible name, and marks it required when the rating
 * is. Name it by its prompt, describe it by the question, and mark it optional.
 */
function labelCommentArea(_: SurveyModel, { question, htmlElement }: AfterRenderQuestionEvent): void {
  const textarea = htmlElement.querySelector<HTMLTextAreaElement>(`textarea#${CSS.escape(question.commentId)}`);
  const prompt = htmlElement.querySelector<HTMLElement>('.sd-question__comment-area > div');
  if (!textarea || !prompt) return;
  prompt.id = `${question.id}_commentPrompt`;
  textarea.setAttribute('aria-labelledby', prompt.id);
  textarea.setAttribute('aria-describedby', question.ariaTitleId);
  textarea.setAttribute('aria-required', 'false');
}

export function improveAccessibility(survey: SurveyModel): void {
  survey.onAfterRenderQuestion.add(labelCommentArea);
}
