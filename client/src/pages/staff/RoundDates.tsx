import type { RoundSummary } from '@shared/rounds/types';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { closesAtToLastDay, opensAtToInput } from '../../lib/roundDates';

/** "1.12.2026–31.12.2026": the opening day and the last day to answer. */
export function RoundDates({ round }: { round: Pick<RoundSummary, 'opensAt' | 'closesAt'> }) {
  const { t } = useTranslation('staff');
  const format = useFormat();
  return (
    <>
      {t('rounds.dateRange', {
        from: format.date(opensAtToInput(round.opensAt)),
        to: format.date(closesAtToLastDay(round.closesAt)),
      })}
    </>
  );
}

export function RoundStatus({ status }: { status: RoundSummary['status'] }) {
  const { t } = useTranslation('staff');
  return <span className={`status status--${status}`}>{t(`status.${status}`)}</span>;
}
