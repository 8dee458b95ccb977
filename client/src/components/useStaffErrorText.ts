import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';

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
 * by the stable code, with the server's own (English) words after it when
 * they add something (an unknown code, or which field or scope was refused).
 */
export function useStaffErrorText(): (error: ApiError) => string {
  const { t } = useTranslation('staff');
  return useCallback(
    (error: ApiError) => {
      const known = isCode(error.code);
      const summary = known ? t(`errors.${error.code}`) : t('errors.unknown');
      // The translation says it all for most codes; for these the server's words name what was wrong.
      const telling: readonly string[] = ['validation_failed', 'forbidden', 'not_found'];
      if (error.status === 0 || !error.message || (known && !telling.includes(error.code))) return summary;
      return `${summary} ${t('errors.serverSaid', { message: error.message })}`;
    },
    [t],
  );
}
