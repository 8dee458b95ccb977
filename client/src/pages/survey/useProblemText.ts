import type { ErrorDetail } from '@shared/http/types';
import { LIMITS } from '@shared/instrument/text';
import { useTranslation } from 'react-i18next';
import { useProblemWords } from '../../components/useProblemWords';

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

/** A problem the server found in the answers, in the reader's language (from its code, whatever the code). */
export function useProblemText(): (problem: ErrorDetail) => string {
  const { t } = useTranslation('respond');
  const problemWords = useProblemWords();
  return (problem) =>
    isCode(problem.code) ? t(`problems.${problem.code}`, { max: LIMITS.answerText }) : problemWords(problem);
}
