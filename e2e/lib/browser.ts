/** Debian's Chromium driven by playwright-core, and the shared context of a run. */
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { type AssetSnapshot, serveVanishedAssets } from './assets';
import { anyLanguage } from './texts';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export type Language = 'fi' | 'sv' | 'en';
export const LANGUAGES: readonly Language[] = ['fi', 'sv', 'en'];
/** The client's localStorage key for the chosen language (client/src/i18n/index.ts). */
export const LANGUAGE_KEY = 'laatupeili.language';

/** What every journey gets: the browser, the server's address and the copy of the built assets. */
export type E2e = { browser: Browser; baseUrl: string; assets?: AssetSnapshot };

export const DEMO_PASSWORD = 'laatupeili-demo-2026';
export const DEMO_ACCOUNTS = {
  admin: 'admin@laatupeili.example',
  coordinator: 'koordinaattori@laatupeili.example',
  manager: 'laatuvastaava@laatupeili.example',
} as const;

/** A fresh context; `language` is stored before any page script runs, as a returning visitor's choice. */
export async function newContext(
  e2e: E2e,
  options: {
    language?: Language;
    axe?: boolean /** The browser's locale (navigator.languages, Accept-Language). */;
    locale?: string;
  } = {},
) {
  const context = await e2e.browser.newContext({
    baseURL: e2e.baseUrl,
    // The CSP forbids inline scripts; axe is injected as one.
    bypassCSP: options.axe ?? false,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    locale: options.locale ?? 'fi-FI',
  });
  context.setDefaultTimeout(15_000);
  if (e2e.assets) await serveVanishedAssets(context, e2e.assets);
  // tsx compiles the functions handed to page.evaluate with esbuild's keepNames, which calls a __name helper.
  await context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
  if (options.language) {
    await context.addInitScript(
      ([key, value]) => {
        if (!window.localStorage.getItem(key)) window.localStorage.setItem(key, value);
      },
      [LANGUAGE_KEY, options.language] as const,
    );
  }
  return context;
}

/** Signs in through the sign-in page, as a person would, and waits for the staff home page. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(anyLanguage('staff', 'signIn.email')).fill(email);
  await page.getByLabel(anyLanguage('staff', 'signIn.password')).fill(DEMO_PASSWORD);
  await page
    .getByRole('main')
    .getByRole('button', { name: anyLanguage('staff', 'signIn.submit') })
    .click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

export type { Browser, BrowserContext, Locator, Page };
