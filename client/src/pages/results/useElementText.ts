import { numberInstrument } from '@shared/instrument/numbering';
import type { Instrument } from '@shared/instrument/schema';
import { localize } from '@shared/instrument/text';
import { useCallback, useMemo } from 'react';
import { useLanguage } from '../../i18n/useLanguage';

export type ElementText = {
  /** "1.2" */
  number: (id: string) => string;
  /** The statement or question in the reader's language. */
  text: (id: string) => string;
  /** "1.2 Statement" */
  label: (id: string) => string;
};

/** Display numbers and texts of an instrument's areas, standards and indicators. */
export function useElementText(instrument: Instrument): ElementText {
  const language = useLanguage();
  const numbered = useMemo(() => numberInstrument(instrument), [instrument]);
  const number = useCallback((id: string) => numbered.get(id)?.number ?? '', [numbered]);
  const text = useCallback(
    (id: string) => {
      const element = numbered.get(id);
      return element ? localize(element.text, language) : id;
    },
    [numbered, language],
  );
  const label = useCallback(
    (id: string) => {
      const element = numbered.get(id);
      if (!element) return id;
      const separator = element.kind === 'area' ? '. ' : ' ';
      return `${element.number}${separator}${localize(element.text, language)}`;
    },
    [numbered, language],
  );
  return useMemo(() => ({ number, text, label }), [number, text, label]);
}
