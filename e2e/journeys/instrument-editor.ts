/**
 * An administrator makes ELO 1.1.0 from 1.0.0 in the editor, without typing
 * JSON: edits a Swedish text, splits one indicator, merges two, moves one to
 * another standard, adds a standard (its texts with markup, which must stay
 * text), reads the diff, previews in Swedish and publishes.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { DEMO_ACCOUNTS, type E2e, newContext, type Page, signIn } from '../lib/browser';
import { OUTPUT_DIR } from '../lib/paths';
import { text } from '../lib/texts';

const MARKUP = '<img src=x onerror=alert(1)>';
const t = (key: string, values?: Record<string, string | number>) => text('fi', 'staff', key, values);
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(OUTPUT_DIR, `editor-${name}.png`), fullPage: false });

async function saved(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: t('editor.state.saved') })
    .waitFor();
}

export async function editNewVersionInEditor(e2e: E2e): Promise<void> {
  const context = await newContext(e2e);
  try {
    const page = await context.newPage();
    await signIn(page, DEMO_ACCOUNTS.admin);
    await page.goto('/admin/instruments/elo-quality/1.0.0');
    await page.getByRole('button', { name: t('editor.newVersion'), exact: true }).click();
    await page.waitForURL('**/admin/instrument-drafts/*');
    await page.getByRole('heading', { level: 1, name: /1\.1\.0/ }).waitFor();
    await shot(page, '1-opened');

    // A Swedish text, edited in place.
    const swedish = 'Beaktar vägledningen kundens egna intressen i första hand?';
    await page.locator('#text-impartiality-own-interests-question-sv').fill(swedish);

    // Split 1.1.2 in two and tell the parts apart.
    await page.getByRole('button', { name: `${t('editor.split')} 1.1.2`, exact: true }).click();
    await page
      .locator('#text-impartiality-range-of-options-2-question-fi')
      .fill('Kerrotaanko asiakkaalle myös verkkopalveluista?');

    // Merge 1.2.1 and 1.2.2: the first stays.
    await page.getByRole('checkbox', { name: `${t('editor.selectForMerge')} 1.2.1` }).check();
    await page.getByRole('checkbox', { name: `${t('editor.selectForMerge')} 1.2.2` }).check();
    await page.getByRole('button', { name: /^Yhdistä valitut \(2\)/ }).click();

    // Move 1.3.4 to the standard holistic-approach, from the keyboard-usable select and button.
    await page.locator('#move-equal-opportunities-equality-plan').selectOption('holistic-approach');
    await page.getByRole('button', { name: `${t('editor.move')} 1.3.4`, exact: true }).click();

    // A new standard in area 1, its texts with markup that must stay text.
    await page.getByRole('button', { name: `${t('editor.addStandard')} 1`, exact: true }).click();
    for (const lang of ['fi', 'sv', 'en']) {
      await page.locator(`#text-standard-statement-${lang}`).fill(`Uusi standardi ${lang} ${MARKUP}`);
      await page.locator(`#text-indicator-question-${lang}`).fill(`Uusi kysymys ${lang}? ${MARKUP}`);
    }
    await saved(page);
    const check = page.getByRole('region', { name: t('editor.checkTitle') });
    await check.getByText(t('editor.valid')).waitFor();
    await check.getByText('confidentiality-consent').first().waitFor();
    assert.equal(
      await check.locator('.editor-mapping li').count(),
      2,
      'the mapping has the split and the merge, written by the editor',
    );
    await shot(page, '2-structure');

    // The diff marks the changed words, not whole strings.
    const diff = page.getByRole('region', { name: t('diff.title') });
    await diff.locator('ins.word-added', { hasText: 'första hand' }).first().waitFor({ state: 'attached' });
    await diff.scrollIntoViewIfNeeded();
    await shot(page, '3-diff');

    // The preview in Swedish, the markup shown as text and never as an element.
    const preview = page.getByRole('region', { name: t('preview.title') });
    await preview.getByRole('button', { name: 'Svenska', exact: true }).click();
    await preview.getByRole('radiogroup', { name: new RegExp(swedish.replace(/\?/g, '\\?')) }).waitFor();
    await preview.getByText(`Uusi standardi sv ${MARKUP}`, { exact: false }).first().waitFor();
    assert.equal(await page.locator('img[src="x"]').count(), 0, 'markup in a text never becomes an element');
    await preview.scrollIntoViewIfNeeded();
    await shot(page, '4-preview-sv');

    await page
      .getByRole('button', { name: t('editor.publish'), exact: true })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: t('editor.publishTitle') });
    await dialog.getByRole('button', { name: t('editor.publish'), exact: true }).click();
    await page.waitForURL('**/admin/instruments/elo-quality/1.1.0');
    await page.getByRole('heading', { level: 1, name: /1\.1\.0/ }).waitFor();
    await shot(page, '5-published');
  } finally {
    await context.close();
  }
}
