import type { Language } from '@shared/instrument/schema';
import { useTranslation } from 'react-i18next';
import { isLanguage } from './index';

/** The current UI language, narrowed to the instrument's language codes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(lng) ? lng : 'fi';
}
