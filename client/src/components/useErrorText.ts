import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { useProblemWords } from './useProblemWords';

const KNOWN_CODES = [
  'network_error',
  'not_found',
  'round_closed',
  'validation_failed',
  'invalid_answers',
  'not_signed_in',
  'session_expired',
  'forbidden',
] as const;
type KnownCode = (typeof KNOWN_CODES)[number];

function isKnown(code: string): code is KnownCode {
  return (KNOWN_CODES as readonly string[]).includes(code);
}

/**
 * An API error for people: a translated summary chosen by the stable code,
 * and the first problem with the input, worded from its code and parameters
 * (the server's own message is English and never shown).
 */
export function useErrorText(error: ApiError): { summary: string; detail: string | undefined } {
  const { t } = useTranslation();
  const summary = isKnown(error.code) ? t(`errors.${error.code}`) : t('errors.unknown');
  const problemWords = useProblemWords();
  const first = error.problems[0];
  const detail = first ? problemWords(first) : undefined;
  return { summary, detail };
}
