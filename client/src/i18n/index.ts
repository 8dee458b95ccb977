/**
 * i18next setup and language negotiation, mirrored to <html lang>. In order:
 * the reader's own choice (remembered in localStorage) always wins; then the
 * language of what they opened (a resumed draft's, an invitation link's);
 * then the browser's languages; then Finnish.
 */

import { negotiateLanguage } from '@shared/i18n/names.shared';
import type { Language } from '@shared/instrument/schema';
import { isLanguage, LANGUAGES } from '@shared/instrument/text';
import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isRespondentPath } from '../lib/paths';

/**
 * One namespace a part of the client: `translation` (shared and results),
 * `staff` (signed-in pages), `respond` (the respondent's journey), `results`
 * (reports, heatmaps and action plans), `desk` (participation while a round
 * runs, the report's summary), `access` (mail, passwords, single sign-on, the outbox).
 */
export const NAMESPACES = ['translation', 'staff', 'respond', 'results', 'desk', 'access'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/**
 * Each catalogue is its own chunk, fetched when first needed: a page loads
 * only its own language and the namespaces it uses (`translation` is
 * `fi.json`, the others `<namespace>.<language>.json`).
 */
const catalogues = import.meta.glob<Record<string, unknown>>(['./{fi,sv,en}.json', './*.{fi,sv,en}.json'], {
  import: 'default',
});

const catalogueFile = (language: string, namespace: string) =>
  namespace === 'translation' ? `./${language}.json` : `./${namespace}.${language}.json`;

function loadCatalogue(language: string, namespace: string): Promise<Record<string, unknown>> {
  const load = catalogues[catalogueFile(language, namespace)];
  return load ? load() : Promise.reject(new Error(`no catalogue ${language}/${namespace}`));
}

const lazyCatalogues: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    loadCatalogue(language, namespace).then(
      (resources) => callback(null, resources),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/**
 * The namespaces a page at `pathname` shows on its first screen besides
 * `translation`, fetched beside the page's own chunk rather than after it:
 * a respondent's page needs `respond` only; every other page `staff` (the
 * header's account corner, forms, staff pages).
 */
export function namespacesFor(pathname: string): Namespace[] {
  if (isRespondentPath(pathname)) return ['respond'];
  if (/^\/rounds\/[^/]+\/organisations\/[^/]+\/results/.test(pathname)) return ['staff', 'results', 'desk'];
  return ['staff'];
}

/** Loads namespaces of the current language (and keeps them loaded when the language changes). */
export function loadNamespaces(namespaces: readonly Namespace[]): Promise<void> {
  return i18n.loadNamespaces([...namespaces]);
}

const bundles = new Map<string, Promise<void>>();

/** A namespace in another language than the page's (a reminder written in its readers' language). */
export function loadBundle(language: Language, namespace: Namespace): Promise<void> {
  const key = `${language}/${namespace}`;
  let loading = bundles.get(key);
  if (!loading) {
    loading = i18n.hasResourceBundle(language, namespace)
      ? Promise.resolve()
      : loadCatalogue(language, namespace).then((resources) => {
          i18n.addResourceBundle(language, namespace, resources, true, false);
        });
    loading.catch(() => bundles.delete(key));
    bundles.set(key, loading);
  }
  return loading;
}

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

/**
 * Resolves when the first screen's texts are here: the current language's
 * `translation` and the namespaces of the page opened (namespacesFor). The client
 * renders after it, so no key is ever shown untranslated; later pages wait
 * for their namespaces in the layout's Suspense. No fallback language: every
 * catalogue has every key (keys.test.ts), and a fallback would fetch Finnish
 * too for every Swedish or English reader.
 */
export const i18nReady: Promise<unknown> = i18n
  .use(lazyCatalogues)
  .use(initReactI18next)
  .init({
    lng: chosenLanguage() ?? browserLanguage(),
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    load: 'currentOnly',
    ns: ['translation', ...namespacesFor(window.location.pathname)],
    defaultNS: 'translation',
    interpolation: { escapeValue: false },
    react: { useSuspense: true },
    // Starts fetching the catalogues now rather than after a timer, beside the page's own chunk.
    initAsync: false,
  });

export default i18n;
