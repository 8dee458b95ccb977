/**
 * Language negotiation as a respondent meets it: the browser's language on a
 * first visit, an organisation's language on its link, the draft's language
 * on resuming; the reader's own choice over all of them.
 */
import assert from 'node:assert/strict';
import { DEMO_ORGANISATIONS } from '../../seeds/demo';
import { type E2e, LANGUAGE_KEY, newContext, type Page } from '../lib/browser';
import { text } from '../lib/texts';

/** demo-9: the Swedish-speaking organisation, whose links open in Swedish. */
const SWEDISH_LINK = `/i/demo-${DEMO_ORGANISATIONS.findIndex((o) => o.language === 'sv' && !o.group) + 1}`;
/** demo-1: a Finnish-speaking organisation whose links follow the browser. */
const BROWSER_LINK = '/i/demo-1';

async function pageLanguage(page: Page, language: string): Promise<void> {
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
  await page.getByRole('main').locator('h1').first().waitFor();
}

/** An sv-FI browser opening a link of an organisation that sets no language lands in Swedish. */
export async function swedishBrowserOpensLinkInSwedish(e2e: E2e): Promise<void> {
  const context = await newContext(e2e, { locale: 'sv-FI' });
  try {
    const page = await context.newPage();
    await page.goto(BROWSER_LINK);
    await pageLanguage(page, 'sv');
    await page.getByRole('button', { name: text('sv', 'respond', 'start.button') }).waitFor();
    // The browser's language is no choice of the reader's: nothing is remembered.
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY), null);
  } finally {
    await context.close();
  }
}

/** A Finnish browser opening a Swedish-speaking organisation's link gets Swedish; choosing Finnish wins and is kept. */
export async function swedishOrganisationLinkInFinnishBrowser(e2e: E2e): Promise<void> {
  const context = await newContext(e2e, { locale: 'fi-FI' });
  try {
    const page = await context.newPage();
    await page.goto(SWEDISH_LINK);
    await pageLanguage(page, 'sv');
    const organisation = DEMO_ORGANISATIONS.find((o) => o.language === 'sv' && !o.group)!;
    await page
      .getByText(organisation.name.sv ?? '')
      .first()
      .waitFor();

    await page
      .getByRole('group', { name: text('sv', 'translation', 'language.label') })
      .getByRole('button', { name: 'Suomi' })
      .click();
    await pageLanguage(page, 'fi');
    await page.reload();
    await pageLanguage(page, 'fi');
    // A Swedish-only name in the Finnish view is marked as Swedish.
    await page
      .locator(`[lang="sv"]`, { hasText: organisation.name.sv ?? '' })
      .first()
      .waitFor();
  } finally {
    await context.close();
  }
}

/** A draft started in Swedish reopens in Swedish from its resume code, in a fresh Finnish browser. */
export async function swedishDraftResumesInSwedish(e2e: E2e): Promise<void> {
  const first = await newContext(e2e, { locale: 'fi-FI', language: 'sv' });
  const second = await newContext(e2e, { locale: 'fi-FI' });
  try {
    const a = await first.newPage();
    await a.goto(BROWSER_LINK);
    await pageLanguage(a, 'sv');
    await a.getByRole('button', { name: text('sv', 'respond', 'start.button') }).click();
    await a.waitForURL(/\/r\/[^/]+$/);
    const code = new URL(a.url()).pathname.split('/').pop() ?? '';
    assert.match(code, /^[0-9A-Z]{5}-[0-9A-Z]{5}$/, 'the survey is at its resume code');

    const b = await second.newPage();
    await b.goto(`/r/${code}`);
    await pageLanguage(b, 'sv');
    await b.getByRole('main').getByRole('radiogroup').first().waitFor();
    assert.equal(await b.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY), null);
  } finally {
    await first.close();
    await second.close();
  }
}
