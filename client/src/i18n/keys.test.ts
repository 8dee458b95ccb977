import { describe, expect, it } from 'vitest';
import en from './en.json';
import fi from './fi.json';
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

const languages: Record<string, Tree> = { fi, sv, en };

describe('translation resources', () => {
  const reference = new Set(leafKeys(fi));

  for (const [lang, tree] of Object.entries(languages)) {
    it(`${lang} has exactly the keys of every other language`, () => {
      const keys = new Set(leafKeys(tree));
      for (const [other, otherTree] of Object.entries(languages)) {
        const missing = leafKeys(otherTree).filter((key) => !keys.has(key));
        expect(missing, `keys in ${other} missing from ${lang}`).toEqual([]);
      }
      expect(keys.size).toBe(reference.size);
    });

    it(`${lang} has no empty texts and the same placeholders as Finnish`, () => {
      const finnish = new Map(leaves(fi));
      for (const [key, text] of leaves(tree)) {
        expect(text.trim(), `${lang}: ${key} is empty`).not.toBe('');
        expect(placeholders(text), `${lang}: ${key} placeholders`).toEqual(placeholders(finnish.get(key) ?? ''));
      }
    });
  }

  it('finds a key that is missing from one language', () => {
    const broken: Tree = { a: 'x', b: { c: 'y' } };
    const full: Tree = { a: 'x', b: { c: 'y', d: 'z' } };
    expect(leafKeys(full).filter((key) => !new Set(leafKeys(broken)).has(key))).toEqual(['b.d']);
  });
});
