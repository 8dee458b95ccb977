/** axe-core in the page, and the 360 px overflow check. */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './paths';

const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export type Violation = { id: string; impact: string; help: string; targets: string[] };

type AxeResult = {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
};

/** Runs axe on the whole document; the context must bypass the CSP (the script goes in inline). */
export async function runAxe(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResult> } }).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  }, TAGS);
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? '',
    help: v.help,
    targets: v.nodes.map((n) => n.target.map(String).join(' ')),
  }));
}

/**
 * How wide the document is at `width` px, and the outermost elements that
 * stick out to the right outside any scrolling box (none when it fits).
 * Call it on a page loaded at that width: a phone does not resize.
 */
export function horizontalOverflow(page: Page, width = 360) {
  return page.evaluate((limit) => {
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= limit) return { scrollWidth, offenders: [] as string[] };
    const describe = (el: Element) =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      [...el.classList]
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join('');
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > limit + 0.5;
    const scrollsInside = (el: Element) => {
      for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
        if (getComputedStyle(node).overflowX !== 'visible') return true;
      }
      return false;
    };
    const offenders = [...document.body.querySelectorAll('*')]
      .filter((el) => sticksOut(el) && !(el.parentElement && sticksOut(el.parentElement)) && !scrollsInside(el))
      .slice(0, 3)
      .map((el) => {
        const chain: string[] = [];
        for (
          let node: Element | null = el;
          node && node !== document.body && chain.length < 4;
          node = node.parentElement
        )
          chain.unshift(describe(node));
        return `${chain.join(' > ')} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`;
      });
    return { scrollWidth, offenders };
  }, width);
}

/** Proof that axe runs and reports: a page with an image without a text alternative must fail. */
export async function axeCanary(page: Page): Promise<void> {
  await page.setContent('<!doctype html><html lang="en"><title>canary</title><main><img src="x.png"></main></html>');
  const found = await runAxe(page);
  if (!found.some((v) => v.id === 'image-alt')) throw new Error('axe did not report an image without alt text');
}
