/**
 * Journey 4: an administrator imports version 1.0.1 of the ELO instrument
 * with one question reworded, checks it, reads the preview and the diff, and
 * publishes it.
 */
import assert from 'node:assert/strict';
import { DEMO_ACCOUNTS, type E2e, newContext, signIn } from '../lib/browser';
import { readElo } from '../lib/survey';
import { text } from '../lib/texts';

// A patch: 1.1.0 is made in the editor by the next journey, and a lower number than a published one is refused.
const NEW_VERSION = '1.0.1';

function changedInstrument() {
  const instrument = readElo();
  const indicator = instrument.areas[0]!.standards[0]!.indicators[0]!;
  const before = indicator.question.fi!;
  const after = `${before.replace(/\?$/, '')} – myös etäohjauksessa?`;
  indicator.question.fi = after;
  return { json: JSON.stringify({ ...instrument, version: NEW_VERSION }, null, 2), before, after };
}

export async function importAndPublishInstrument(e2e: E2e): Promise<void> {
  const context = await newContext(e2e);
  try {
    const page = await context.newPage();
    await signIn(page, DEMO_ACCOUNTS.admin);
    const t = (key: string, values?: Record<string, string | number>) => text('fi', 'staff', key, values);
    const { json, before, after } = changedInstrument();

    await page.goto('/admin/instruments');
    await page.getByRole('heading', { level: 1, name: t('instruments.title') }).waitFor();
    const form = page.getByRole('region', { name: t('import.title') });
    await form.getByLabel(t('import.file'), { exact: true }).setInputFiles({
      name: `elo-quality-${NEW_VERSION}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
    await form.getByText(t('import.fileRead', { name: `elo-quality-${NEW_VERSION}.json` })).waitFor();
    assert.equal(await form.getByLabel(t('import.text')).inputValue(), json, 'the file is copied into the text box');

    await form.getByRole('button', { name: t('import.check'), exact: true }).click();
    await form.getByRole('heading', { name: t('import.okTitle') }).waitFor();
    await form.getByRole('button', { name: t('import.import'), exact: true }).click();

    await page.waitForURL(`**/admin/instruments/elo-quality/${NEW_VERSION}`);
    await page.getByText(t('version.imported')).waitFor();

    // The diff: one change against 1.0.0, the question's old and new wording.
    const diff = page.getByRole('region', { name: t('diff.title') });
    await diff.getByText(t('diff.against_one', { version: '1.0.0', count: 1 })).waitFor();
    await diff.getByText(before, { exact: true }).first().waitFor({ state: 'attached' });
    await diff.getByText(after, { exact: true }).first().waitFor({ state: 'attached' });

    // The preview shows the survey as respondents will see it, with the new wording.
    const preview = page.getByRole('region', { name: t('preview.title') });
    await preview.getByRole('radiogroup', { name: after }).waitFor();

    await page.getByRole('button', { name: t('version.publish'), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: t('version.publishTitle') });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: t('version.publish'), exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: t('version.published') })
      .waitFor();
    await dialog.waitFor({ state: 'hidden' });

    await page
      .getByRole('main')
      .getByRole('link', { name: t('instruments.title'), exact: true })
      .click();
    const row = page.getByRole('row', {
      name: new RegExp(`^${t('instruments.version')} ${NEW_VERSION.replace(/\./g, '\\.')} `),
    });
    await row.getByRole('cell', { name: t('instruments.status.published'), exact: true }).waitFor();
  } finally {
    await context.close();
  }
}
