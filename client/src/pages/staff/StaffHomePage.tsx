import { localize } from '@shared/instrument/text';
import type { RoundSummary } from '@shared/rounds/types';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/session';
import { useRound, useRounds } from '../../api/staff';
import { Page } from '../../components/Page';
import { useLanguage } from '../../i18n/useLanguage';
import { staffPaths } from '../../lib/paths';
import { canManageRounds, inScope } from '../../lib/scope';
import { RoundDates, RoundStatus } from './RoundDates';

const SHOWN_NAMES = 3;

/** The round's organisations in the user's scope: a count and the first few names. */
function RoundOrganisations({ roundId }: { roundId: string }) {
  const { t } = useTranslation('staff');
  const { user } = useSession();
  const round = useRound(roundId);
  if (round.loading) return <span className="muted">{t('common.loading')}</span>;
  if (!round.data || !user) return <span className="muted">–</span>;
  const names = inScope(user, round.data.organisations).map((o) => o.name);
  const shown = names.slice(0, SHOWN_NAMES).join(', ');
  const more = names.length - SHOWN_NAMES;
  return (
    <>
      {t('rounds.organisationCount', { count: names.length })}
      {names.length > 0 && `: ${shown}`}
      {more > 0 && ` ${t('rounds.andMore', { count: more })}`}
    </>
  );
}

function RoundCard({ round }: { round: RoundSummary }) {
  const { t } = useTranslation('staff');
  const language = useLanguage();
  return (
    <li className="round-item">
      <h2 className="round-item__title">
        <Link to={staffPaths.round(round.id)}>{localize(round.name, language)}</Link>
      </h2>
      <RoundStatus status={round.status} />
      <dl className="facts round-item__facts">
        <div>
          <dt>{t('rounds.instrument')}</dt>
          <dd>
            {localize(round.instrumentTitle, language)} ({round.instrumentVersion})
          </dd>
        </div>
        <div>
          <dt>{t('rounds.period')}</dt>
          <dd>
            <RoundDates round={round} />
          </dd>
        </div>
        <div>
          <dt>{t('rounds.organisations')}</dt>
          <dd>
            <RoundOrganisations roundId={round.id} />
          </dd>
        </div>
      </dl>
    </li>
  );
}

/** The staff home page: the rounds in the user's scope, newest first. */
export default function StaffHomePage() {
  const { t } = useTranslation('staff');
  const { user } = useSession();
  const rounds = useRounds();
  return (
    <Page
      title={t('rounds.title')}
      actions={
        user &&
        canManageRounds(user) && (
          <Link to={staffPaths.newRound} className="button button--primary">
            {t('rounds.new')}
          </Link>
        )
      }
      loading={rounds.loading}
      error={rounds.error}
      onRetry={rounds.reload}
    >
      <p className="lead">{t(`rounds.intro.${user?.role ?? 'manager'}`)}</p>
      {rounds.data?.length === 0 && <p>{t('rounds.none')}</p>}
      {rounds.data && rounds.data.length > 0 && (
        <ul className="round-list">
          {rounds.data.map((round) => (
            <RoundCard key={round.id} round={round} />
          ))}
        </ul>
      )}
    </Page>
  );
}
