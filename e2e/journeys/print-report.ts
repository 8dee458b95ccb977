/**
 * Journey: a quality manager prints the organisation's report to PDF. The
 * summary (without the appendix) fits on at most four A4 portrait pages, and
 * no chart or table is cut across pages: each avoids breaks inside and is no
 * taller than a page. With the appendix ticked the PDF grows.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type E2e, newContext, type Page } from '../lib/browser';
import { OUTPUT_DIR } from '../lib/paths';
import { text } from '../lib/texts';
import { openOwnReport } from './manager-report';

/** Pages of a PDF as Chromium writes it: the /Count of its page tree's root (the largest of the /Pages nodes). */
export function pdfPageCount(pdf: Buffer): number {
  const nodes = pdf.toString('latin1').match(/<<[^>]*\/Type\s*\/Pages\b[^>]*>>/g) ?? [];
  return Math.max(0, ...nodes.map((n) => Number(/\/Count\s+(\d+)/.exec(n)?.[1] ?? 0)));
}

const A4 = { widthMm: 210, heightMm: 297, marginsMm: { top: 16, bottom: 15, side: 13 } };
const PX_PER_MM = 96 / 25.4;

async function printToPdf(page: Page, name: string): Promise<Buffer> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await writeFile(path.join(OUTPUT_DIR, name), pdf);
  return pdf;
}

export async function managerPrintsReport(e2e: E2e): Promise<void> {
  const context = await newContext(e2e);
  try {
    const page = await context.newPage();
    const main = await openOwnReport(page);
    await main.getByRole('heading', { level: 2, name: text('fi', 'desk', 'summary.title') }).waitFor();
    await main.locator('canvas').first().waitFor();
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'report-summary.png'), fullPage: false });

    // In print layout, at the printable width of A4: every chart and table avoids breaks and fits a page.
    await page.emulateMedia({ media: 'print' });
    const pageHeight = (A4.heightMm - A4.marginsMm.top - A4.marginsMm.bottom) * PX_PER_MM;
    await page.setViewportSize({
      width: Math.floor((A4.widthMm - 2 * A4.marginsMm.side) * PX_PER_MM),
      height: Math.floor(pageHeight),
    });
    await page.screenshot({ path: path.join(OUTPUT_DIR, 'report-print-layout.png'), fullPage: true });
    const blocks = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main .chart, main table')]
        .filter((e) => e.offsetParent !== null)
        .map((e) => {
          const style = getComputedStyle(e);
          return {
            what: e.className || e.tagName,
            height: e.getBoundingClientRect().height,
            avoids: style.breakInside === 'avoid' || style.pageBreakInside === 'avoid',
          };
        }),
    );
    assert.ok(blocks.length >= 3, `charts and tables printed: ${blocks.length}`);
    for (const b of blocks) {
      assert.ok(b.avoids, `${b.what} avoids a page break inside`);
      assert.ok(
        b.height <= pageHeight,
        `${b.what} (${Math.round(b.height)} px) fits a page (${Math.round(pageHeight)} px)`,
      );
    }
    // Back to no emulation: page.pdf() prints with print media unless screen media is emulated.
    await page.emulateMedia({ media: null });
    // The charts stay drawn at the paper's width, as the client's beforeprint handler draws them for a print.

    const summary = pdfPageCount(await printToPdf(page, 'report-summary.pdf'));
    assert.ok(summary >= 1 && summary <= 4, `the summary prints on at most four A4 pages: ${summary}`);

    await main.getByLabel(text('fi', 'desk', 'summary.printDetails')).check();
    const withAppendix = pdfPageCount(await printToPdf(page, 'report-with-appendix.pdf'));
    assert.ok(withAppendix > summary, `the appendix adds pages: ${summary} → ${withAppendix}`);
  } finally {
    await context.close();
  }
}
