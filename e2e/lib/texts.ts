/**
 * The client's own translations, so that a test finds a control by the words
 * a person sees. Read from client/src/i18n at run time: `fi.json` is the
 * `translation` namespace, `staff.fi.json` the `staff` namespace, and so on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from './browser';
import { ROOT } from './paths';

const I18N_DIR = path.join(ROOT, 'client', 'src', 'i18n');
const cache = new Map<string, unknown>();

function resource(language: Language, namespace: string): unknown {
  const file = namespace === 'translation' ? `${language}.json` : `${namespace}.${language}.json`;
  if (!cache.has(file)) {
    const known = readdirSync(I18N_DIR);
    cache.set(file, known.includes(file) ? JSON.parse(readFileSync(path.join(I18N_DIR, file), 'utf8')) : undefined);
  }
  return cache.get(file);
}

/** The text at a dotted key; throws when it is missing, so that a renamed key fails loudly. */
export function text(language: Language, namespace: string, key: string, values: Record<string, string | number> = {}) {
  let node: unknown = resource(language, namespace);
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') throw new Error(`no text ${language}:${namespace}:${key}`);
  return node.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The same key in every language, for steps that do not fix the page's language. */
export function anyLanguage(namespace: string, key: string): RegExp {
  return new RegExp((['fi', 'sv', 'en'] as const).map((l) => escapeRegExp(text(l, namespace, key))).join('|'));
}
