/** The language chosen with the switch is remembered across a reload and on the next page opened. */
import assert from 'node:assert/strict';
import { type E2e, LANGUAGE_KEY, newContext } from '../lib/browser';
import { text } from '../lib/texts';

export async function languageIsRemembered(e2e: E2e): Promise<void> {
  const context = await newContext(e2e);
  try {
    const page = await context.newPage();
    await page.goto('/');
    await page.locator('html[lang="fi"]').waitFor({ state: 'attached' });
    const switcher = page.getByRole('group', { name: text('fi', 'translation', 'language.label') });
    await switcher.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY), 'en');

    await page.reload();
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    const english = page
      .getByRole('group', { name: text('en', 'translation', 'language.label') })
      .getByRole('button', { name: 'English' });
    assert.equal(await english.getAttribute('aria-pressed'), 'true', 'English is shown as the chosen language');

    const other = await context.newPage();
    await other.goto('/resume');
    await other.getByRole('heading', { level: 1, name: text('en', 'respond', 'resume.title') }).waitFor();
  } finally {
    await context.close();
  }
}
