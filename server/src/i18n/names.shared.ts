/**
 * Names in three languages (organisations, regions, rounds): the one place
 * that decides which language a viewer sees a name in, and says so when it is
 * not the viewer's own, so that a page or an export can mark the fallback
 * (a `lang` attribute, or the language's code) instead of mixing silently.
 */
import { LANGUAGES, type Language } from '../instrument/text';

/** A name in some of the three languages; an organisation may lack a Finnish name, a region never does. */
export type Names = Partial<Record<Language, string>>;

/** The name picked for a viewer and the language it is in (`fallback`: not the viewer's). */
export type PickedName = { text: string; lang: Language; fallback: boolean };

/**
 * The name in the viewer's language; failing that, in the owner's own language
 * (a Swedish-speaking organisation's Swedish name), then Finnish, Swedish, English.
 */
export function pickName(names: Names, viewer: Language, own?: Language | null): PickedName {
  const order: Language[] = [viewer, ...(own ? [own] : []), ...LANGUAGES];
  for (const lang of order) {
    const text = names[lang]?.trim();
    if (text) return { text, lang, fallback: lang !== viewer };
  }
  return { text: '', lang: viewer, fallback: false };
}

/** A picked name as plain text (an export, a file name): a fallback carries its language's code, e.g. "Nyland [fi]". */
export function nameAsText(names: Names, viewer: Language, own?: Language | null): string {
  const picked = pickName(names, viewer, own);
  return picked.fallback ? `${picked.text} [${picked.lang}]` : picked.text;
}

/** Accept-Language (or navigator.languages) → the first of our languages it names, in its order of preference. */
export function negotiateLanguage(preferences: readonly string[]): Language | undefined {
  const ranked = preferences
    .map((entry, index) => {
      const [tag = '', ...params] = entry.split(';').map((part) => part.trim());
      const q = params.find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { lang: tag.toLowerCase().split('-')[0] ?? '', weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked
    .map((entry) => entry.lang)
    .find((lang): lang is Language => (LANGUAGES as readonly string[]).includes(lang));
}

/** Accept-Language header → our language, or undefined when it names none of them. */
export function languageOfHeader(header: string | undefined): Language | undefined {
  return header ? negotiateLanguage(header.split(',')) : undefined;
}
