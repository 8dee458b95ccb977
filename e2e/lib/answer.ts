/** Answering the survey with the mouse, for journeys whose subject is not the answering itself. */
import type { Locator, Page } from 'playwright-core';
import type { Language } from './browser';
import { AREA_COUNT } from './survey';
import { text } from './texts';

/**
 * Selects a radio with Space: SurveyJS draws its own circle over the input and
 * the sticky save-status bar can cover it after scrolling, so a click may miss.
 */
export async function choose(page: Page, radio: Locator): Promise<void> {
  await radio.focus();
  await page.keyboard.press('Space');
}

const NEXT: Record<Language, string> = { fi: 'Seuraava', sv: 'Nästa', en: 'Next' };

/** Rates every still unanswered question on every page from the current one on, then submits. */
export async function answerRestAndSubmit(page: Page, language: Language, option = 2): Promise<void> {
  for (;;) {
    const groups = page.getByRole('main').getByRole('radiogroup');
    await groups.first().waitFor();
    for (const group of await groups.all()) {
      if ((await group.locator('input[type="radio"]:checked').count()) === 0) {
        await choose(page, group.getByRole('radio').nth(option));
      }
    }
    const next = page.getByRole('button', { name: NEXT[language], exact: true });
    if ((await next.count()) === 0) break;
    const heading = await page
      .getByRole('heading', { level: 2, name: /^\d+\. / })
      .first()
      .textContent();
    const pageNo = Number(heading?.split('.')[0]);
    await next.click();
    await page.getByRole('heading', { level: 2, name: new RegExp(`^${pageNo + 1}\\. `) }).waitFor();
    if (pageNo + 1 > AREA_COUNT) throw new Error('more pages than areas');
  }
  await page.getByRole('button', { name: text(language, 'respond', 'survey.submit') }).click();
  await page.waitForURL(/\/r\/[^/]+\/done$/);
  await page.getByRole('heading', { level: 1, name: text(language, 'respond', 'done.title') }).waitFor();
}
