import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/client';
import { useStaffErrorText } from '../../../components/useStaffErrorText';

const CODES = ['round_closed', 'reminder_not_scheduled'] as const;
type Code = (typeof CODES)[number];
const isCode = (code: string): code is Code => (CODES as readonly string[]).includes(code);

/** An error of the round's mail in the reader's words: its own conflicts by code, else as on every staff page. */
export function useMailErrorText(): (error: ApiError) => string {
  const { t } = useTranslation('access');
  const staffErrorText = useStaffErrorText();
  return useCallback(
    (error: ApiError) => (isCode(error.code) ? t(`roundMailing.errors.${error.code}`) : staffErrorText(error)),
    [t, staffErrorText],
  );
}
