import { useTranslation } from 'react-i18next';
import { localize } from '../../../../server/src/instrument/text';
import type { RoundSummary } from '../../../../server/src/rounds/types';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

type Props = { rounds: RoundSummary[]; selectedId: string | undefined; onSelect: (roundId: string) => void };

/** The rounds as a radio group of cards: name, instrument, dates and status. */
export function RoundPicker({ rounds, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();

  return (
    <fieldset className="round-picker">
      <legend className="visually-hidden">{t('home.roundsLegend')}</legend>
      <ul className="round-picker__list">
        {rounds.map((round) => (
          <li key={round.id}>
            <label className={`round-card${round.id === selectedId ? ' round-card--selected' : ''}`}>
              <input
                type="radio"
                name="round"
                value={round.id}
                checked={round.id === selectedId}
                onChange={() => onSelect(round.id)}
                className="round-card__radio"
              />
              <span className="round-card__body">
                <span className="round-card__name">{localize(round.name, language)}</span>
                <span className={`status status--${round.status}`}>{t(`status.${round.status}`)}</span>
                <span className="round-card__facts">
                  <span>
                    {t('home.period')}:{' '}
                    {t('common.dateRange', { from: format.date(round.opensAt), to: format.date(round.closesAt) })}
                  </span>
                  <span>
                    {t('home.instrument')}:{' '}
                    {t('home.instrumentVersion', { id: round.instrumentId, version: round.instrumentVersion })}
                  </span>
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
