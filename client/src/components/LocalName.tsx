import { type Names, nameAsText, pickName } from '@shared/i18n/names.shared';
import type { Language } from '@shared/instrument/text';
import { useCallback } from 'react';
import { useLanguage } from '../i18n/useLanguage';

type Props = { name: Names; own?: Language | null };

/**
 * A name (organisation, region, round) in the reader's language; when it has
 * none in it, the fallback is marked with its `lang` so that a screen reader
 * pronounces it right and the page never mixes languages silently.
 */
export function LocalName({ name, own }: Props) {
  const picked = pickName(name, useLanguage(), own);
  return picked.fallback ? <span lang={picked.lang}>{picked.text}</span> : <>{picked.text}</>;
}

/**
 * Names as plain text where no element can carry a `lang` (a document title,
 * a chart's axis, an aria-label): a fallback carries its language's code.
 */
export function useNameText(): (name: Names, own?: Language | null) => string {
  const language = useLanguage();
  return useCallback((name, own) => nameAsText(name, language, own), [language]);
}

/** The text of a name for sorting and searching, without any marking. */
export function useNamePick(): (name: Names, own?: Language | null) => ReturnType<typeof pickName> {
  const language = useLanguage();
  return useCallback((name, own) => pickName(name, language, own), [language]);
}

/** Stands for the name in a translated sentence until the name is put in as an element. */
export const NAME_SLOT = '\u2063name\u2063';

/**
 * A translated sentence with a name in it, e.g. t('summary.heading', { organisation: NAME_SLOT }):
 * the name goes in as <LocalName>, so that a fallback keeps its `lang`.
 */
export function NameInText({ text, name, own }: { text: string; name: Names; own?: Language | null }) {
  const [before, ...after] = text.split(NAME_SLOT);
  if (after.length === 0) return <>{text}</>;
  return (
    <>
      {before}
      <LocalName name={name} own={own} />
      {after.join(NAME_SLOT)}
    </>
  );
}
