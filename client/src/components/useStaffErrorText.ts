import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { useProblemWords } from './useProblemWords';

const CODES = [
  'network_error',
  'not_found',
  'forbidden',
  'csrf_failed',
  'rate_limited',
  'invalid_credentials',
  'email_taken',
  'validation_failed',
  'invalid_instrument',
  'instrument_version_immutable',
  'instrument_not_published',
  'malformed_json',
  'body_too_large',
  'session_expired',
  'not_signed_in',
] as const;
type Code = (typeof CODES)[number];
const isCode = (code: string): code is Code => (CODES as readonly string[]).includes(code);

/**
 * An API error as one sentence for the staff pages: a translated text chosen
 * by the stable code, and the first problem with the input worded from its
 * code. The server's own (English) message never reaches the reader.
 */
export function useStaffErrorText(): (error: ApiError) => string {
  const { t } = useTranslation('staff');
  const problemWords = useProblemWords();
  return useCallback(
    (error: ApiError) => {
      const summary = isCode(error.code) ? t(`errors.${error.code}`) : t('errors.unknown');
      // What was wrong, in the reader's words from the problem's code (the server's English never shows).
      const first = error.problems[0];
      return first ? `${summary} ${problemWords(first)}` : summary;
    },
    [t, problemWords],
  );
}
