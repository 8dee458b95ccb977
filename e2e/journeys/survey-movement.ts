/**
 * Journey: the survey as a calm form. A keyboard user moves between areas in
 * any order (nothing blocks), is shown the missing answers at "Submit" with
 * links that take them to each question, and sees the counts follow. At
 * 360 × 800 the first question's first option is on the first screen. Also
 * measures what opening the survey page costs: the JavaScript it loads
 * (gzipped) and the time until its first question can be answered.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { type E2e, type Language, newContext, type Page } from '../lib/browser';
import { metrics } from '../lib/metrics';
import { OUTPUT_DIR } from '../lib/paths';
import { AREA_COUNT, ratingIndicators, readElo } from '../lib/survey';
import { measureSurveyLoad } from '../lib/surveyLoad';
import { text } from '../lib/texts';

const TOTAL = readElo().areas.reduce((n, a) => n + a.standards.reduce((m, s) => m + s.indicators.length, 0), 0);

/** The accessible name or text of the focused element. */
const focusedText = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const button = el instanceof HTMLInputElement && (el.type === 'button' || el.type === 'submit');
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (button ? (el as HTMLInputElement).value : el?.textContent)?.trim() ?? '',
      name: el?.getAttribute('name') ?? '',
    };
  });

/** Presses `key` until the focused element passes `wanted`. */
async function pressUntil(page: Page, key: string, wanted: (f: Awaited<ReturnType<typeof focusedText>>) => boolean) {
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press(key);
    if (wanted(await focusedText(page))) return;
  }
  throw new Error(`keyboard: nothing wanted reached with ${key}`);
}

const overall = (answered: number) => text('fi', 'respond', 'steps.overall', { answered, total: TOTAL });

async function startDraft(page: Page, token: string, language: Language = 'fi'): Promise<string> {
  await page.goto(`/i/${token}`);
  await page.getByRole('button', { name: text(language, 'respond', 'start.button') }).click();
  await page.waitForURL(/\/r\/[^/]+$/);
  return new URL(page.url()).pathname;
}

export async function movingFreelyAndMissingAnswers(e2e: E2e): Promise<void> {
  const context = await newContext(e2e, { language: 'fi' });
  try {
    const page = await context.newPage();
    await startDraft(page, 'demo-4');
    const steps = page.getByRole('navigation', { name: text('fi', 'respond', 'steps.label') });
    await steps.getByText(overall(0)).waitFor();

    // The first question by keyboard: Space picks "1", two arrows move to "3"; Left at "1" would not wrap.
    await pressUntil(page, 'Tab', (f) => f.tag === 'input' && f.name.startsWith(ratingIndicators()[0]!));
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement).value), '1', 'no wrap');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement).value), '3');
    await steps.getByText(overall(1)).waitFor();

    // Straight to area 3 with the steps, back with Shift+Tab: nothing blocks.
    await pressUntil(page, 'Shift+Tab', (f) => f.tag === 'button' && f.text.startsWith('3'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /^3\. / }).waitFor();
    await pressUntil(page, 'Tab', (f) => f.tag === 'input');
    await page.keyboard.press('Space');
    await steps.getByText(overall(2)).waitFor();

    // The last area, then "Submit" with 2 of the ratings given.
    await pressUntil(page, 'Shift+Tab', (f) => f.tag === 'button' && f.text.startsWith(String(AREA_COUNT)));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: new RegExp(`^${AREA_COUNT}\\. `) }).waitFor();
    const submit = text('fi', 'respond', 'survey.submit');
    await pressUntil(page, 'Tab', (f) => f.text === submit);
    await page.keyboard.press('Enter');
    const missingCount = ratingIndicators().length - 2;
    const alert = page.getByRole('alert').filter({
      has: page.getByRole('heading', { name: text('fi', 'respond', 'missing.title_other', { count: missingCount }) }),
    });
    await alert.waitFor();
    assert.equal(await alert.getByRole('listitem').count(), missingCount);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('role')), 'alert', 'focus on the list');
    assert.match(page.url(), /\/r\/[^/]+$/, 'still on the survey');

    // The first link leads to question 1.1.2 on area 1; answering it takes it off the list.
    await page.keyboard.press('Tab');
    assert.match((await focusedText(page)).text, /^1\.1\.2 /);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /^1\. / }).waitFor();
    await page.waitForFunction(
      (id) => (document.activeElement as HTMLInputElement | null)?.name?.startsWith(id) ?? false,
      ratingIndicators()[1]!,
    );
    await page.keyboard.press('Space');
    await page
      .getByRole('heading', { name: text('fi', 'respond', 'missing.title_other', { count: missingCount - 1 }) })
      .waitFor();
    await steps.getByText(overall(3)).waitFor();
  } finally {
    await context.close();
  }
}

/** At 360 × 800 the first option of the first question is on the first screen; measures the page's cost. */
export async function firstQuestionOnFirstScreen(e2e: E2e): Promise<void> {
  let path = '';
  // Swedish texts are the longest; both languages must fit.
  for (const [language, token] of [
    ['sv', 'demo-6'],
    ['fi', 'demo-5'],
  ] as const) {
    const starting = await newContext(e2e, { language });
    try {
      const page = await starting.newPage();
      await page.setViewportSize({ width: 360, height: 800 });
      path = await startDraft(page, token, language);
      await assertFirstOptionVisible(page, `${language}, just started`);
      await page.screenshot({ path: join(OUTPUT_DIR, `survey-first-screen-${language}-360.png`) });
    } finally {
      await starting.close();
    }
  }

  // The survey page opened from its address in a fresh browser: every script it needs is fetched.
  const fresh = await newContext(e2e, { language: 'fi' });
  try {
    const page = await fresh.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    const load = await measureSurveyLoad(page, path);
    metrics.firstQuestionMs = load.firstQuestionMs;
    metrics.surveyJsGzKb = load.jsGzKb;
    const draftLoads = load.apiRequests.filter((r) => r.startsWith('GET /api/drafts/'));
    assert.equal(
      draftLoads.length,
      1,
      `the draft (with its instrument) is fetched once: ${load.apiRequests.join(', ')}`,
    );
    await assertFirstOptionVisible(page, 'reopened');
  } finally {
    await fresh.close();
  }
}

async function assertFirstOptionVisible(page: Page, when: string): Promise<void> {
  const box = await page.locator('.scale-item__box').first().boundingBox();
  const viewport = page.viewportSize();
  assert.ok(box && viewport, 'the first option is laid out');
  const scrollY = await page.evaluate(() => window.scrollY);
  assert.equal(scrollY, 0, `${when}: the page is at its top`);
  assert.ok(
    box.y + box.height <= viewport.height,
    `${when}: the first option ends at ${Math.round(box.y + box.height)} px, below the first screen (${viewport.height} px)`,
  );
}
