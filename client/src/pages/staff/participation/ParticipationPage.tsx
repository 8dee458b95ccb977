import { localize } from '@shared/instrument/text';
import type { Participation, ParticipationRow, ParticipationTotal } from '@shared/participation/types';
import { REMINDER_DAYS } from '@shared/participation/types';
import type { RoundSummary } from '@shared/rounds/types';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useParticipation, useRounds } from '../../../api/staff';
import { LocalName } from '../../../components/LocalName';
import { Page } from '../../../components/Page';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { useFormat } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { staffPaths } from '../../../lib/paths';
import { ReminderPanel } from './ReminderPanel';

/** The round shown when none is chosen: the first open one, else the newest. */
function defaultRound(rounds: RoundSummary[]): RoundSummary | undefined {
  return rounds.find((r) => r.status === 'open') ?? rounds[0];
}

function RoundPicker({ rounds, current }: { rounds: RoundSummary[]; current: string | undefined }) {
  const { t } = useTranslation('desk');
  const language = useLanguage();
  const navigate = useNavigate();
  const id = useId();
  return (
    <div className="field participation__picker no-print">
      <label htmlFor={id} className="field__label">
        {t('participation.round')}
      </label>
      <select
        id={id}
        className="field__input"
        value={current ?? ''}
        onChange={(event) => navigate(staffPaths.roundParticipation(event.target.value))}
      >
        {rounds.map((r) => (
          <option key={r.id} value={r.id}>
            {localize(r.name, language)} ({t(`participation.status.${r.status}`)})
          </option>
        ))}
      </select>
    </div>
  );
}

function Progress({ people, minimum }: { people: number; minimum: number }) {
  const { t } = useTranslation('desk');
  const share = Math.min(100, Math.round((people / Math.max(1, minimum)) * 100));
  return (
    <span className="participation__progress">
      <span className="participation__bar" aria-hidden="true">
        <span style={{ width: `${share}%` }} className={share >= 100 ? 'is-reached' : ''} />
      </span>
      {t('participation.ofMinimum', { people, minimum })}
    </span>
  );
}

function Totals({ data }: { data: Participation }) {
  const { t } = useTranslation('desk');
  const language = useLanguage();
  const rows: { name: string; total: ParticipationTotal }[] = [
    ...data.regions.map((r) => ({ name: localize(r.region.name, language), total: r as ParticipationTotal })),
    { name: t('participation.roundTotal'), total: data.total },
  ];
  return (
    <ScrollRegion label={t('participation.totalsTitle')}>
      <table className="data-table participation__totals">
        <caption>{t('participation.totalsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('participation.group')}</th>
            <th scope="col">{t('participation.reachedCol')}</th>
            <th scope="col">{t('participation.submitted')}</th>
            <th scope="col">{t('participation.people')}</th>
            <th scope="col">{t('participation.drafts')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ name, total }) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{t('participation.reachedOf', { reached: total.reached, count: total.organisations })}</td>
              <td className="num">{total.submitted}</td>
              <td className="num">{total.people}</td>
              <td className="num">{total.drafts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function OrganisationRows({ data, onRemind }: { data: Participation; onRemind: (row: ParticipationRow) => void }) {
  const { t } = useTranslation('desk');
  return (
    <ScrollRegion label={t('participation.organisationsTitle')}>
      <table className="data-table participation__table">
        <caption>{t('participation.organisationsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('participation.organisation')}</th>
            <th scope="col">{t('participation.submitted')}</th>
            <th scope="col">{t('participation.groups')}</th>
            <th scope="col">{t('participation.drafts')}</th>
            <th scope="col">{t('participation.minimum')}</th>
            <th scope="col">{t('participation.state')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('participation.reminderCol')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.organisations.map((row) => (
            <tr key={row.organisation.id} className={row.flagged ? 'is-flagged' : undefined}>
              <th scope="row">
                <LocalName name={row.organisation.name} own={row.organisation.language} />
              </th>
              <td className="num">{row.submitted}</td>
              <td className="num">{row.groups > 0 ? row.groups : '–'}</td>
              <td className="num">{row.drafts}</td>
              <td>
                <Progress people={row.people} minimum={data.minGroupSize} />
              </td>
              <td>
                {row.reached ? (
                  <span className="badge badge--published">{t('participation.reached')}</span>
                ) : (
                  <span className={row.flagged ? 'badge badge--draft' : 'badge'}>
                    {row.flagged && <span aria-hidden="true">⚠ </span>}
                    {t('participation.missing', { count: row.missing })}
                  </span>
                )}
              </td>
              <td>
                <button type="button" className="button button--secondary button--small" onClick={() => onRemind(row)}>
                  {t('participation.remind')}
                  <span className="visually-hidden">
                    : <LocalName name={row.organisation.name} own={row.organisation.language} />
                  </span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** While a round runs: who has answered, against the minimum, updated every 15 seconds. */
export default function ParticipationPage() {
  const { t } = useTranslation('desk');
  const language = useLanguage();
  const format = useFormat();
  const params = useParams();
  const rounds = useRounds();
  const roundId = params.roundId ?? (rounds.data && defaultRound(rounds.data)?.id);
  const participation = useParticipation(roundId);
  const [reminding, setReminding] = useState<string>();
  const data = participation.data;
  const flagged = data?.organisations.filter((r) => r.flagged).length ?? 0;
  const reminded = data?.organisations.find((r) => r.organisation.id === reminding);
  return (
    <Page
      title={t('participation.title')}
      className="page--wide participation"
      sub={data && <p className="page-heading__sub">{localize(data.round.name, language)}</p>}
      loading={rounds.loading || participation.loading}
      error={rounds.error ?? participation.error}
      onRetry={rounds.error ? rounds.reload : participation.reload}
    >
      {rounds.data?.length === 0 && <p>{t('participation.noRounds')}</p>}
      {rounds.data && rounds.data.length > 0 && <RoundPicker rounds={rounds.data} current={roundId} />}
      {data && (
        <>
          <dl className="facts participation__facts">
            <div>
              <dt>{t('participation.closes')}</dt>
              <dd>
                {format.date(data.round.closesAt)}
                {data.round.status === 'open' && ` (${t('participation.daysLeft', { count: data.daysLeft })})`}
                {data.round.status !== 'open' && ` (${t(`participation.status.${data.round.status}`)})`}
              </dd>
            </div>
            <div>
              <dt>{t('participation.minimum')}</dt>
              <dd>{t('participation.minimumValue', { count: data.minGroupSize })}</dd>
            </div>
            <div>
              <dt>{t('participation.updated')}</dt>
              <dd>
                <time dateTime={data.readAt}>{format.time(new Date(data.readAt))}</time>{' '}
                <span className="muted">{t('participation.polling')}</span>
              </dd>
            </div>
          </dl>
          <p className="lead">{t('participation.explain', { days: REMINDER_DAYS })}</p>
          {flagged > 0 && (
            <p className="notice notice--warning">{t('participation.flaggedNotice', { count: flagged })}</p>
          )}
          <OrganisationRows data={data} onRemind={(row) => setReminding(row.organisation.id)} />
          {reminded && <ReminderPanel row={reminded} round={data.round} onClose={() => setReminding(undefined)} />}
          <Totals data={data} />
          <p className="no-print">
            <Link to={staffPaths.round(data.round.id)}>{t('participation.toRound')}</Link>
          </p>
        </>
      )}
    </Page>
  );
}
