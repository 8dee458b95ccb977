/**
 * The untranslated-literal check on a page: the visible text (and the
 * accessible names given in attributes) outside elements whose `lang` marks
 * another language, run through the same checker as the exports.
 */
import { untranslatedWords } from '../../server/src/i18n/literals';
import type { Language, Page } from './browser';

/** The page's text in its own language: text nodes and labelling attributes, skipping other-`lang` subtrees. */
async function ownLanguageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const parts: string[] = [];
    // Identifiers (`code`) and what is marked translate="no" belong to no language.
    const inOwnLanguage = (element: Element) =>
      !element.closest('code, [translate="no"]') &&
      (element.closest('[lang]')?.getAttribute('lang') ?? pageLang) === pageLang;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
      if (!parent.checkVisibility() && !parent.closest('.visually-hidden')) continue;
      if (inOwnLanguage(parent)) parts.push(node.textContent ?? '');
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
      if (!inOwnLanguage(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    parts.push(document.title);
    return parts.join('\n');
  });
}

/** Finnish or English words on a Swedish page (and so on): "word (fi): …context…" each. */
export async function untranslatedOnPage(page: Page, language: Language): Promise<string[]> {
  return untranslatedWords(await ownLanguageText(page), language).map((w) => `${w.word} (${w.from}): ${w.context}`);
}
