/**
 * Journey 3: a quality manager opens the organisation's report from the
 * round, finds charts with their tables and the n behind the figures, and
 * downloads the CSV export.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { DEMO_ORGANISATIONS } from '../../seeds/demo';
import { DEMO_ACCOUNTS, type E2e, newContext, type Page, signIn } from '../lib/browser';
import { text } from '../lib/texts';

/** Signs in as the demo quality manager and opens the first organisation's report from the first round. */
export async function openOwnReport(page: Page) {
  await signIn(page, DEMO_ACCOUNTS.manager);
  const organisation = DEMO_ORGANISATIONS[0]?.name.fi ?? '';
  const main = page.getByRole('main');
  await page.waitForURL('**/staff');
  await main.getByRole('heading', { level: 1 }).waitFor();
  await main.getByRole('list').getByRole('link').first().click();
  await page.waitForURL('**/staff/rounds/*');
  await main
    .getByRole('link', { name: new RegExp(organisation) })
    .first()
    .click();
  await page.waitForURL('**/results');
  await main.getByRole('heading', { level: 1, name: organisation }).waitFor();
  return main;
}

export async function managerReadsReport(e2e: E2e): Promise<void> {
  const context = await newContext(e2e);
  try {
    const page = await context.newPage();
    const main = await openOwnReport(page);

    // Every chart is a canvas with a text alternative, and a table of the same figures beside it.
    const canvases = main.locator('canvas');
    await canvases.first().waitFor();
    const charts = await canvases.count();
    assert.ok(charts >= 2, `charts on the report: ${charts}`);
    for (const canvas of await canvases.all()) {
      assert.equal(await canvas.getAttribute('role'), 'img', 'a chart has role img');
      assert.ok((await canvas.getAttribute('aria-label'))?.length, 'a chart has a text alternative');
    }
    const showTable = main.getByText(text('fi', 'results', 'chart.showTable'), { exact: true });
    assert.ok((await showTable.count()) >= charts - 1, 'the charts have table alternatives');
    await showTable.first().click();
    const table = main.getByRole('table', { name: text('fi', 'results', 'table.areasCaption') });
    await table.waitFor();
    // The n behind each figure is in its cell.
    await table
      .getByRole('cell')
      .filter({ hasText: /\bn\s*=\s*\d+/ })
      .first()
      .waitFor();
    assert.ok((await table.getByRole('row').count()) >= 5, 'a row an area, and the header');

    // The export, downloaded as a person would.
    const downloads = main.getByRole('navigation', { name: text('fi', 'results', 'export.title') });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('link', { name: text('fi', 'results', 'export.csv') }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trim().split(/\r?\n/);
    // Finnish Excel's dialect: semicolons.
    assert.ok(header?.split(';').includes('n'), `the CSV header names n: ${header}`);
    assert.ok(rows.length >= 55, `the CSV has a row a figure: ${rows.length} rows`);
  } finally {
    await context.close();
  }
}
