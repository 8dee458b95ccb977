/** A CSS string literal of any text (quotes, backslashes and line breaks escaped). */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r]+/g, ' ')}"`;
}

/**
 * Every printed page carries whose report it is, of which round, the date and
 * the page number, in the page's margin boxes (CSS Paged Media, Chromium 131+).
 */
export function PrintPageBoxes({ left, right, page }: { left: string; right: string; page: string }) {
  const box = 'font-size: 8.5pt; color: #333;';
  const css = `@page {
  size: A4 portrait;
  margin: 16mm 13mm 15mm;
  @top-left { content: ${cssString(left)}; ${box} }
  @top-right { content: ${cssString(right)}; ${box} }
  @bottom-right { content: ${cssString(page)} " " counter(page) " / " counter(pages); ${box} }
}`;
  return <style media="print">{css}</style>;
}
