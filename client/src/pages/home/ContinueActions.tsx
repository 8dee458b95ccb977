import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RoundDetail } from '../../../../server/src/rounds/types';
import { useFormat } from '../../i18n/format';
import { paths } from '../../lib/paths';

type Props = { round: RoundDetail; organisationId: string | undefined };

/** "Fill in" and "Show results" for the chosen organisation; explains why one is not available. */
export function ContinueActions({ round, organisationId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const canFill = round.status === 'open';

  let note: string | undefined;
  if (round.status === 'upcoming') note = t('home.upcomingNote', { date: format.date(round.opensAt) });
  if (round.status === 'closed') note = t('home.closedNote', { date: format.date(round.closesAt) });

  return (
    <div className="actions-block">
      {!organisationId && (
        <p className="field__hint" id="actions-hint">
          {t('home.actionsHint')}
        </p>
      )}
      {note && <p className="notice notice--info notice--inline">{note}</p>}
      <div className="actions">
        {organisationId && canFill ? (
          <Link className="button button--primary" to={paths.survey(round.id, organisationId)}>
            {t('home.fill')}
          </Link>
        ) : (
          <span className="button button--primary button--disabled" aria-disabled="true">
            {t('home.fill')}
          </span>
        )}
        {organisationId ? (
          <Link className="button button--secondary" to={paths.results(round.id, organisationId)}>
            {t('home.results')}
          </Link>
        ) : (
          <span className="button button--secondary button--disabled" aria-disabled="true">
            {t('home.results')}
          </span>
        )}
      </div>
    </div>
  );
}
