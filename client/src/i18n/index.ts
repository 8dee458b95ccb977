/**
 * i18next setup: Finnish by default, the reader's choice remembered in
 * localStorage and mirrored to <html lang>.
 */

import type { Language } from '@shared/instrument/schema';
import { LANGUAGES } from '@shared/instrument/text';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import accessEn from './access.en.json';
import accessFi from './access.fi.json';
import accessSv from './access.sv.json';
import en from './en.json';
import fi from './fi.json';
import respondEn from './respond.en.json';
import respondFi from './respond.fi.json';
import respondSv from './respond.sv.json';
import resultsEn from './results.en.json';
import resultsFi from './results.fi.json';
import resultsSv from './results.sv.json';
import staffEn from './staff.en.json';
import staffFi from './staff.fi.json';
import staffSv from './staff.sv.json';
import sv from './sv.json';

/**
 * One namespace a part of the client: `translation` (shared and results),
 * `staff` (signed-in pages), `respond` (the respondent's journey), `results`
 * (reports, heatmaps and action plans), `access` (mail, passwords, single sign-on, the outbox).
 */
export const resources = {
  fi: { translation: fi, staff: staffFi, respond: respondFi, results: resultsFi, access: accessFi },
  sv: { translation: sv, staff: staffSv, respond: respondSv, results: resultsSv, access: accessSv },
  en: { translation: en, staff: staffEn, respond: respondEn, results: resultsEn, access: accessEn },
} as const;

const STORAGE_KEY = 'laatupeili.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'fi';
  } catch {
    // Storage can be blocked (privacy settings); Finnish is the default then.
    return 'fi';
  }
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  try {
    window.localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Not remembering the choice is acceptable.
  }
});

void i18n.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'fi',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
});

export default i18n;
