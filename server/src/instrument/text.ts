/**
 * Languages, localized texts and display numbering: the parts of the
 * instrument model that the client needs on every page, without zod.
 */
export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in every language the instrument declares; Finnish is always present. */
export type LocalizedText = { fi: string; sv?: string; en?: string };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export const LANGUAGE_NAMES: Record<Language, string> = { fi: 'Finnish', sv: 'Swedish', en: 'English' };

/** Limits the server enforces on answers; shared so the client shows the same. */
export const LIMITS = {
  answerText: 4000,
  groupName: 200,
  /** People in one working group. */
  participants: 500,
} as const;

/** Picks the text in the wanted language, falling back to Finnish. */
export function localize(text: LocalizedText | undefined, lang: Language): string {
  if (!text) return '';
  return text[lang] ?? text.fi;
}

/**
 * Display numbers come from order, never from ids: area 2 → "2", its first
 * standard → "2.1", that standard's third indicator → "2.1.3". Indexes are 0-based.
 */
export function displayNumber(...indexes: number[]): string {
  return indexes.map((i) => i + 1).join('.');
}
