/** The UI texts keep to the glossary: each fixed term is used, no forbidden variant appears. */
import type { Language } from '@shared/instrument/schema';
import { describe, expect, it } from 'vitest';
import glossary from './glossary.json';

/** Every catalog file (`staff.sv.json`, `sv.json`…), also those added later; not the glossary itself. */
const files = import.meta.glob<Catalog>(['./*.json', '!./glossary.json'], { eager: true, import: 'default' });

type Catalog = { [key: string]: string | Catalog };

/** Every text of a language's catalogs with its key, e.g. `staff:round.title`. */
function catalogTexts(language: Language): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  const walk = (node: Catalog, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') out.push({ key: `${prefix}${key}`, text: value });
      else walk(value, `${prefix}${key}.`);
    }
  };
  for (const [file, catalog] of Object.entries(files)) {
    const parts = file.slice(2, -'.json'.length).split('.');
    if (parts.at(-1) === language) walk(catalog, `${parts.length > 1 ? parts[0] : 'translation'}:`);
  }
  return out;
}

/** A glossary pattern as a whole word (letters on neither side), case-insensitive. */
const wholeWord = (pattern: string) => new RegExp(`(?<!\\p{L})(?:${pattern})(?!\\p{L})`, 'iu');

const LANGS: Language[] = ['fi', 'sv', 'en'];

describe('glossary', () => {
  for (const language of LANGS) {
    const texts = catalogTexts(language);

    it(`${language}: no forbidden variant of a fixed term appears`, () => {
      const found = glossary.forbidden[language].flatMap(({ pattern, use }) => {
        const re = wholeWord(pattern);
        return texts
          .filter(({ text }) => re.test(text))
          .map(({ key, text }) => `${key}: "${text.match(re)?.[0]}" (use ${use})`);
      });
      expect(found).toEqual([]);
    });

    it(`${language}: every fixed term is in use`, () => {
      const all = texts.map(({ text }) => text.toLowerCase()).join('\n');
      const unused = glossary.terms.map((term) => term[language]).filter((term) => !all.includes(term.toLowerCase()));
      expect(unused).toEqual([]);
    });
  }

  it('a forbidden pattern catches what it is meant to catch', () => {
    expect(wholeWord('område(t|n|na)?').test('ett område i taget')).toBe(true);
    expect(wholeWord('område(t|n|na)?').test('utvecklingsområde')).toBe(false);
    expect(wholeWord('\\p{L}*verktyg\\p{L}*').test('kvalitetsverktyg')).toBe(true);
    expect(wholeWord('område(t|n|na|ts|ns|nas)?').test('Områdets rubrik')).toBe(true);
    expect(wholeWord('område(t|n|na|ts|ns|nas)?').test('Delområdets rubrik')).toBe(false);
    // "Svaranden" is the defendant in court; "den svarande" is the one who answers.
    expect(wholeWord('svaranden(s)?').test('Svarandens webbläsarspråk')).toBe(true);
    expect(wholeWord('svaranden(s)?').test('Den svarandes webbläsarspråk')).toBe(false);
  });
});
