import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';

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
 * and the server's own message beside it (the server speaks English only).
 */
export function useErrorText(error: ApiError): { summary: string; detail: string | undefined } {
  const { t } = useTranslation();
  const summary = isKnown(error.code) ? t(`errors.${error.code}`) : t('errors.unknown');
  const detail = error.status > 0 && error.message ? t('errors.serverMessage', { message: error.message }) : undefined;
  return { summary, detail };
}
