import type { Instrument } from '@shared/instrument/schema';
import { displayNumber, localize } from '@shared/instrument/text';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import type { Count } from './progress';

type Props = {
  instrument: Instrument;
  counts: { areas: Count[]; overall: Count };
  /** The area on screen (its index). */
  current: number;
  onSelect: (index: number) => void;
};

/**
 * The areas as steps anyone can open in any order, each with how many of its
 * questions are answered, and the count over the whole instrument. On a
 * narrow screen the steps show their numbers only; the titles stay readable
 * to screen readers.
 */
export function AreaSteps({ instrument, counts, current, onSelect }: Props) {
  const { t } = useTranslation('respond');
  const language = useLanguage();
  return (
    <nav className="area-steps" aria-label={t('steps.label')}>
      <p className="area-steps__overall">{t('steps.overall', counts.overall)}</p>
      <ol className="area-steps__list">
        {instrument.areas.map((area, index) => {
          const count = counts.areas[index] ?? { answered: 0, total: 0 };
          const done = count.total > 0 && count.answered === count.total;
          return (
            <li key={area.id}>
              <button
                type="button"
                className={`area-steps__step${done ? ' area-steps__step--done' : ''}`}
                aria-current={index === current ? 'step' : undefined}
                onClick={() => onSelect(index)}
              >
                <span className="area-steps__number">{displayNumber(index)}</span>
                <span className="area-steps__title">{localize(area.title, language)}</span>
                <span className="area-steps__count">
                  <span className="visually-hidden">{t('steps.answered')} </span>
                  {`${count.answered} / ${count.total}`}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
