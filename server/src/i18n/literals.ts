/**
 * The untranslated-literal check: words that belong to another of our
 * languages and never occur in the page's (or export's) own. The word lists
 * come from the client's catalogs (client/src/i18n/*.json) and the
 * instruments' texts, so that they follow the product's own vocabulary:
 * a Swedish page that shows "Tallenna" or "Results" fails, a Swedish word that
 * happens to be written like an English one ("standard") does not.
 *
 * Works on any text: the browser suite runs it over every page in every
 * language (text outside elements marked with another `lang`), the export
 * test over every CSV/XLSX export.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REGIONS } from '../../../seeds/regions';
import { LANGUAGES, type Language } from '../instrument/text';

const I18N_DIR = fileURLToPath(new URL('../../../client/src/i18n/', import.meta.url));
const INSTRUMENTS_DIR = fileURLToPath(new URL('../../../instruments/', import.meta.url));

/** Words shorter than this are left out: too many are shared by chance (en, for, man, den). */
const MIN_LENGTH = 4;

/** Words of a text: letters (and inner hyphens/apostrophes) only, lower case, placeholders removed. */
export function wordsOf(text: string): string[] {
  return (
    text
      .replace(/\{\{[^}]*\}\}/g, ' ')
      .toLowerCase()
      .match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? []
  ).filter((w) => [...w].length >= MIN_LENGTH);
}

function leaves(node: unknown, out: string[]): string[] {
  if (typeof node === 'string') out.push(node);
  else if (node && typeof node === 'object') for (const value of Object.values(node)) leaves(value, out);
  return out;
}

/** Every text of a language's catalogs (`sv.json`, `staff.sv.json`, …; files added later too). */
export function catalogStrings(language: Language): string[] {
  return readdirSync(I18N_DIR)
    .filter((file) => file === `${language}.json` || file.endsWith(`.${language}.json`))
    .flatMap((file) => leaves(JSON.parse(readFileSync(`${I18N_DIR}${file}`, 'utf8')), []));
}

/** The instruments' texts in a language (the `sv` of every localized text in instruments/). */
function instrumentStrings(language: Language): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.fi === 'string' && typeof record[language] === 'string') out.push(record[language] as string);
    for (const value of Object.values(record)) walk(value);
  };
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(`${dir}${entry.name}/`) : entry.name.endsWith('.json') ? [`${dir}${entry.name}`] : [],
    );
  for (const file of files(INSTRUMENTS_DIR)) {
    try {
      walk(JSON.parse(readFileSync(file, 'utf8')));
    } catch {
      // Not an instrument (or not JSON we can read): it adds no words.
    }
  }
  return out;
}

const vocabularies = new Map<Language, Set<string>>();

/** Every word our texts use in a language. */
export function vocabulary(language: Language): Set<string> {
  let words = vocabularies.get(language);
  if (!words) {
    // The regions' official names in the language are its words too ("Pohjois-Savo" in an English text is a name).
    const regions = REGIONS.map((region) => region[language]);
    words = new Set([...catalogStrings(language), ...instrumentStrings(language), ...regions].flatMap(wordsOf));
    vocabularies.set(language, words);
  }
  return words;
}

const foreign = new Map<Language, Map<string, Language>>();

/** Words of the other languages that never occur in `language`, each with the language it comes from. */
export function foreignWords(language: Language): Map<string, Language> {
  let words = foreign.get(language);
  if (!words) {
    const own = vocabulary(language);
    words = new Map();
    for (const other of LANGUAGES) {
      if (other === language) continue;
      for (const word of vocabulary(other)) if (!own.has(word) && !words.has(word)) words.set(word, other);
    }
    foreign.set(language, words);
  }
  return words;
}

export type Untranslated = { word: string; from: Language; context: string };

/**
 * The words of `text` that are another language's and not `language`'s, with
 * a little context each; empty when the text reads as all `language`.
 */
export function untranslatedWords(text: string, language: Language): Untranslated[] {
  const words = foreignWords(language);
  const found = new Map<string, Untranslated>();
  // Addresses are no words of any language: e-mail addresses, web addresses.
  const plain = text.replace(/\S+@\S+|\bhttps?:\/\/\S+/g, ' ');
  for (const match of plain.matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)) {
    const word = match[0].toLowerCase();
    const from = words.get(word);
    if (!from || found.has(word)) continue;
    const at = match.index ?? 0;
    found.set(word, {
      word,
      from,
      context: plain.slice(Math.max(0, at - 30), at + word.length + 30).replace(/\s+/g, ' '),
    });
  }
  return [...found.values()];
}
