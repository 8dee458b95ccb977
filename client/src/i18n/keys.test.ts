import { LANGUAGES } from '@shared/instrument/text';
import { describe, expect, it } from 'vitest';
import accessEn from './access.en.json';
import accessFi from './access.fi.json';
import accessSv from './access.sv.json';
import deskEn from './desk.en.json';
import deskFi from './desk.fi.json';
import deskSv from './desk.sv.json';
import en from './en.json';
import fi from './fi.json';
import respondEn from './respond.en.json';
import respondFi from './respond.fi.json';
import respondSv from './respond.sv.json';
import resultsEn from './results.en.json';
import resultsFi from './results.fi.json';
import resultsSv from './results.sv.json';
import staffEn from './staff.en.json';
import staffFi from './staff.fi.json';
import staffSv from './staff.sv.json';
import sv from './sv.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf key as a dotted path, e.g. `home.intro`. */
function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : leafKeys(value, `${prefix}${key}.`),
  );
}

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(
    ([key, value]): Array<[string, string]> =>
      typeof value === 'string' ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`),
  );
}

/** `{{count}}`-style placeholders of a text, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

/** Every namespace in every language: a key missing from any of them fails. */
const namespaces: Record<string, Record<string, Tree>> = {
  translation: { fi, sv, en },
  staff: { fi: staffFi, sv: staffSv, en: staffEn },
  access: { fi: accessFi, sv: accessSv, en: accessEn },
  respond: { fi: respondFi, sv: respondSv, en: respondEn },
  results: { fi: resultsFi, sv: resultsSv, en: resultsEn },
  desk: { fi: deskFi, sv: deskSv, en: deskEn },
};

describe('translation resources', () => {
  for (const [namespace, languages] of Object.entries(namespaces)) {
    const finnishTree = languages.fi ?? {};
    const reference = new Set(leafKeys(finnishTree));

    for (const [lang, tree] of Object.entries(languages)) {
      it(`${namespace}: ${lang} has exactly the keys of every other language`, () => {
        const keys = new Set(leafKeys(tree));
        for (const [other, otherTree] of Object.entries(languages)) {
          const missing = leafKeys(otherTree).filter((key) => !keys.has(key));
          expect(missing, `keys in ${namespace}.${other} missing from ${lang}`).toEqual([]);
        }
        expect(keys.size).toBe(reference.size);
      });

      it(`${namespace}: ${lang} has no empty texts and the same placeholders as Finnish`, () => {
        const finnish = new Map(leaves(finnishTree));
        for (const [key, text] of leaves(tree)) {
          expect(text.trim(), `${namespace}.${lang}: ${key} is empty`).not.toBe('');
          expect(placeholders(text), `${namespace}.${lang}: ${key} placeholders`).toEqual(
            placeholders(finnish.get(key) ?? ''),
          );
        }
      });
    }
  }

  it('covers every translation file of this folder, each namespace in every language', () => {
    const files = Object.keys(import.meta.glob(['./*.json', '!./glossary.json'])).map((path) => path.slice(2));
    const covered = Object.entries(namespaces).flatMap(([namespace, languages]) =>
      Object.keys(languages).map((lang) =>
        namespace === 'translation' ? `${lang}.json` : `${namespace}.${lang}.json`,
      ),
    );
    expect(files.sort()).toEqual(covered.sort());
    for (const languages of Object.values(namespaces))
      expect(Object.keys(languages).sort()).toEqual([...LANGUAGES].sort());
  });

  it('finds a key that is missing from one language', () => {
    const broken: Tree = { a: 'x', b: { c: 'y' } };
    const full: Tree = { a: 'x', b: { c: 'y', d: 'z' } };
    expect(leafKeys(full).filter((key) => !new Set(leafKeys(broken)).has(key))).toEqual(['b.d']);
  });
});
