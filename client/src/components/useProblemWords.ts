import type { ErrorDetail } from '@shared/http/types';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Zod's size issues are worded by what was measured: a text's characters, a number, a list's items. */
const SIZED = new Set(['too_small', 'too_big']);
const ORIGINS = new Set(['string', 'number', 'array']);

/**
 * A problem the server found in an input, in the reader's language, from its
 * stable code and parameters; never the server's own (English) message. An
 * unknown code gets a plain "not valid": the field it is beside says which.
 */
export function useProblemWords(): (problem: Pick<ErrorDetail, 'code' | 'params'>) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    ({ code, params = {} }) => {
      const origin = typeof params.origin === 'string' ? params.origin : '';
      const keys = [
        ...(code && SIZED.has(code) && ORIGINS.has(origin) ? [`serverProblems.${code}_${origin}`] : []),
        ...(code ? [`serverProblems.${code}`] : []),
      ];
      // A key of the serverProblems block (checked by i18n.exists; the typed keys cannot know a code).
      const key = (keys.find((k) => i18n.exists(k, { ns: 'translation' })) ??
        'serverProblems.invalid') as 'serverProblems.invalid';
      return t(key, params);
    },
    [t, i18n],
  );
}
