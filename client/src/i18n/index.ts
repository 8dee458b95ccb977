/**
 * i18next setup and language negotiation, mirrored to <html lang>. In order:
 * the reader's own choice (remembered in localStorage) always wins; then the
 * language of what they opened (a resumed draft's, an invitation link's);
 * then the browser's languages; then Finnish.
 */

import { negotiateLanguage } from '@shared/i18n/names.shared';
import type { Language } from '@shared/instrument/schema';
import { isLanguage, LANGUAGES } from '@shared/instrument/text';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import accessEn from './access.en.json';
import accessFi from './access.fi.json';
import accessSv from './access.sv.json';
import deskEn from './desk.en.json';
import deskFi from './desk.fi.json';
import deskSv from './desk.sv.json';
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
 * (reports, heatmaps and action plans), `desk` (participation while a round
 * runs, the report's summary), `access` (mail, passwords, single sign-on, the outbox).
 */
export const resources = {
  fi: { translation: fi, staff: staffFi, respond: respondFi, results: resultsFi, desk: deskFi, access: accessFi },
  sv: { translation: sv, staff: staffSv, respond: respondSv, results: resultsSv, desk: deskSv, access: accessSv },
  en: { translation: en, staff: staffEn, respond: respondEn, results: resultsEn, desk: deskEn, access: accessEn },
} as const;

const STORAGE_KEY = 'laatupeili.language';

export { isLanguage };

/** The language the reader chose with the switch, remembered on this device; it always wins. */
export function chosenLanguage(): Language | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    // Storage can be blocked (privacy settings): no remembered choice then.
    return undefined;
  }
}

/** A first visit follows the browser's languages (navigator.languages), else Finnish. */
function browserLanguage(): Language {
  if (typeof navigator === 'undefined') return 'fi';
  return negotiateLanguage(navigator.languages ?? [navigator.language]) ?? 'fi';
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

/** The reader's own choice: shown at once and remembered, over any link's or draft's language. */
export function chooseLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembering the choice is acceptable.
  }
  void i18n.changeLanguage(language);
}

/**
 * A language the context suggests (an invitation link's, a draft's): used
 * unless the reader has chosen one, and not remembered as their choice.
 */
export function suggestLanguage(language: Language | null | undefined): void {
  if (!language || chosenLanguage() || i18n.language === language) return;
  void i18n.changeLanguage(language);
}

void i18n.use(initReactI18next).init({
  resources,
  lng: chosenLanguage() ?? browserLanguage(),
  fallbackLng: 'fi',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
});

export default i18n;
