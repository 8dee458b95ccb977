import type { ErrorDetail } from '@shared/http/types';
import { numberInstrument } from '@shared/instrument/numbering';
import type { Instrument } from '@shared/instrument/schema';
import { localize } from '@shared/instrument/text';
import { useMemo } from 'react';
import { useLanguage } from '../../i18n/useLanguage';
import { indicatorIdOf } from './progress';
import { useProblemText } from './useProblemText';

type Props = {
  problems: readonly ErrorDetail[];
  instrument: Instrument;
  /** Shows an indicator's question (its page, focused). */
  onGoTo: (indicatorId: string) => void;
};

/** Problems with answers, each a link to its question ("1.2.3 Question?") followed by what is wrong. */
export function ProblemList({ problems, instrument, onGoTo }: Props) {
  const language = useLanguage();
  const problemText = useProblemText();
  const numbered = useMemo(() => numberInstrument(instrument), [instrument]);
  if (problems.length === 0) return null;
  return (
    <ul className="answer-problems">
      {problems.map((problem) => {
        const id = indicatorIdOf(problem.path);
        const element = id ? numbered.get(id) : undefined;
        return (
          <li key={`${problem.path}:${problem.code ?? ''}`}>
            {id && element && (
              <>
                <button type="button" className="link-button" onClick={() => onGoTo(id)}>
                  {`${element.number} ${localize(element.text, language)}`}
                </button>
                {': '}
              </>
            )}
            {problemText(problem)}
          </li>
        );
      })}
    </ul>
  );
}
