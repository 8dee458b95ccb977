/** Journey 2: begin in one browser, continue with the resume code in another, and submit there. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { answerRestAndSubmit, choose } from '../lib/answer';
import { runAxe } from '../lib/axe';
import { type E2e, newContext } from '../lib/browser';
import { OUTPUT_DIR } from '../lib/paths';
import { ratingIndicators } from '../lib/survey';
import { text } from '../lib/texts';

/** The options chosen in the first browser: the n-th radio of the n-th question. */
const CHOSEN = [0, 3, 5] as const;

export async function resumeInAnotherBrowser(e2e: E2e): Promise<void> {
  const first = await newContext(e2e);
  const second = await newContext(e2e, { axe: true });
  try {
    const a = await first.newPage();
    await a.goto('/i/demo-3');
    await a.getByRole('button', { name: text('fi', 'respond', 'start.button') }).click();
    await a.waitForURL(/\/r\/[^/]+$/);

    const groups = a.getByRole('main').getByRole('radiogroup');
    const last = ratingIndicators()[CHOSEN.length - 1]!;
    // The last answer is on the server once a save carrying it has been answered.
    const saved = a.waitForResponse(
      (r) =>
        /\/api\/drafts\/[^/]+$/.test(r.url()) &&
        r.request().method() !== 'GET' &&
        (r.request().postData() ?? '').includes(last) &&
        r.ok(),
    );
    for (const [i, option] of CHOSEN.entries()) await choose(a, groups.nth(i).getByRole('radio').nth(option));
    await saved;

    // The code as the page shows it, in the folded resume-code panel's summary.
    const code = (await a.locator('.resume-code-panel__summary .resume-code-panel__code').textContent())?.trim() ?? '';
    assert.match(code, /^[0-9A-Z]{5}-[0-9A-Z]{5}$/, 'a resume code is shown');

    const b = await second.newPage();
    await b.goto('/resume');
    await b.getByLabel(text('fi', 'respond', 'resume.label')).fill(code.toLowerCase().replace('-', ' '));
    await b.getByRole('button', { name: text('fi', 'respond', 'resume.button'), exact: true }).click();
    await b.waitForURL(`**/r/${code}`);
    const groupsB = b.getByRole('main').getByRole('radiogroup');
    await groupsB.first().waitFor();
    for (const [i, option] of CHOSEN.entries()) {
      const radios = groupsB.nth(i).getByRole('radio');
      assert.ok(await radios.nth(option).isChecked(), `question ${i + 1}: option ${option + 1} is selected`);
      assert.equal(await groupsB.nth(i).locator('input[type="radio"]:checked').count(), 1);
    }
    assert.equal(await groupsB.nth(CHOSEN.length).locator('input[type="radio"]:checked').count(), 0);
    await answerRestAndSubmit(b, 'fi');

    // The tab that submitted shows its own answers beside the organisation's figures (when those are shown)…
    const figures = b.locator('.area-result').first();
    const withheld = b.getByRole('heading', { name: text('fi', 'respond', 'summary.suppressedTitle') });
    await figures.or(withheld).first().waitFor();
    const ownTables = b.getByRole('table', { name: text('fi', 'respond', 'ownAnswers.caption') });
    if (await figures.isVisible()) {
      assert.ok((await ownTables.count()) > 0, 'the own answers are shown beside the figures');
      assert.deepEqual(await runAxe(b), [], 'the summary with own answers passes axe');
      await b.screenshot({ path: path.join(OUTPUT_DIR, 'done-own-answers.png'), fullPage: true });
    } else {
      assert.equal(await ownTables.count(), 0, 'no own answers where the figures are withheld');
    }
    // …and another browser opening the same summary says nothing of them.
    await a.goto(`/r/${code}/done`);
    await a.getByRole('heading', { level: 1, name: text('fi', 'respond', 'done.title') }).waitFor();
    await a
      .locator('.area-result')
      .first()
      .or(a.getByRole('heading', { name: text('fi', 'respond', 'summary.suppressedTitle') }))
      .first()
      .waitFor();
    assert.equal(await a.getByRole('table', { name: text('fi', 'respond', 'ownAnswers.caption') }).count(), 0);
  } finally {
    await first.close();
    await second.close();
  }
}
