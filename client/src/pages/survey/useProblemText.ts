import type { ErrorDetail } from '@shared/http/types';
import { LIMITS } from '@shared/instrument/text';
import { useTranslation } from 'react-i18next';

const CODES = [
  'answer_missing',
  'value_off_scale',
  'na_not_allowed',
  'value_and_na',
  'not_a_rating',
  'unknown_indicator',
  'group_name_missing',
  'participants_missing',
  'too_big',
] as const;
type Code = (typeof CODES)[number];
const isCode = (code: string | undefined): code is Code => (CODES as readonly (string | undefined)[]).includes(code);

/** A problem the server found in the answers, in the reader's language (the server's words for unknown codes). */
export function useProblemText(): (problem: ErrorDetail) => string {
  const { t } = useTranslation('respond');
  return (problem) =>
    isCode(problem.code) ? t(`problems.${problem.code}`, { max: LIMITS.answerText }) : problem.message;
}
