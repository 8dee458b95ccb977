import type { Suggestion } from '@shared/actions/types';
import { useTranslation } from 'react-i18next';
import { FigureView } from '../../components/results/FigureView';
import { type FigureWords, figureState } from '../../lib/results/figures';
import type { ElementText } from '../results/useElementText';
import type { ActionDraft } from './ActionForm';

type Props = {
  suggestions: Suggestion[];
  elements: ElementText;
  words: FigureWords;
  canEdit: boolean;
  onAdd: (draft: ActionDraft) => void;
};

/** The report's weakest standards and indicators, each with a button that starts an action on it. */
export function SuggestionList({ suggestions, elements, words, canEdit, onAdd }: Props) {
  const { t } = useTranslation('results');
  if (suggestions.length === 0) return <p>{t('plan.noSuggestions')}</p>;
  return (
    <ul className="suggestions">
      {suggestions.map((s) => (
        <li key={`${s.targetKind}-${s.targetId}`} className="suggestion">
          <span className="suggestion__kind">
            {t(s.targetKind === 'standard' ? 'plan.standardTarget' : 'plan.indicatorTarget', {
              number: elements.number(s.targetId),
            })}
          </span>
          <span className="suggestion__text">{elements.text(s.targetId)}</span>
          <FigureView state={figureState(s)} words={words} />
          {canEdit && (
            <button
              type="button"
              className="button button--secondary button--small no-print"
              onClick={() => onAdd({ targetKind: s.targetKind, targetId: s.targetId })}
            >
              {t('plan.addFor')}
              <span className="visually-hidden">: {elements.label(s.targetId)}</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
