import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { useErrorText } from './useErrorText';

const RESPOND_CODES = [
  'network_error',
  'invitation_not_found',
  'invitation_revoked',
  'resume_code_not_found',
  'resume_code_expired',
  'round_not_open',
  'round_closed',
  'stale_revision',
  'already_submitted',
  'not_submitted',
  'invalid_answers',
  'rate_limited',
] as const;
type RespondCode = (typeof RESPOND_CODES)[number];

const isRespondCode = (code: string): code is RespondCode => (RESPOND_CODES as readonly string[]).includes(code);

/** An error of the respondent's API in the reader's language: its own texts first, the common ones after. */
export function useRespondErrorText(error: ApiError): { summary: string; detail: string | undefined } {
  const { t } = useTranslation('respond');
  const common = useErrorText(error);
  if (error.status === 503) return { summary: t('serviceBack.submit'), detail: undefined };
  return isRespondCode(error.code) ? { summary: t(`errors.${error.code}`), detail: undefined } : common;
}
