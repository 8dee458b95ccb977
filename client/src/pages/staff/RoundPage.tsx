import { localize } from '@shared/instrument/text';
import { type InvitationView, mayChangeRound, type RoundDetail } from '@shared/rounds/types';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useSession } from '../../api/session';
import { useInvitations, useRound, useRoundRules } from '../../api/staff';
import { ErrorNotice, Loading } from '../../components/Feedback';
import { Page } from '../../components/Page';
import { useLanguage } from '../../i18n/useLanguage';
import { staffPaths } from '../../lib/paths';
import { canManageRounds, inScope } from '../../lib/scope';
import { InvitationCard } from './InvitationCard';
import { RoundMailSection } from './mail/RoundMailSection';
import { ReflectionsSection } from './ReflectionsSection';
import { RoundDates, RoundStatus } from './RoundDates';
import { RoundEditForm } from './RoundEditForm';
import { RoundResultsLinks } from './results/RoundResultsLinks';

function createdNow(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'created' in state && state.created === true;
}

function RoundFacts({ round }: { round: RoundDetail }) {
  const { t } = useTranslation('staff');
  const language = useLanguage();
  return (
    <dl className="facts facts--stacked">
      <div>
        <dt>{t('rounds.period')}</dt>
        <dd>
          <RoundDates round={round} />
        </dd>
      </div>
      <div>
        <dt>{t('rounds.instrument')}</dt>
        <dd>
          {localize(round.instrumentTitle, language)} ({round.instrumentVersion})
        </dd>
      </div>
      <div>
        <dt>{t('roundForm.minGroupSize')}</dt>
        <dd>{round.minGroupSize}</dd>
      </div>
      <div>
        <dt>{t('roundForm.minTextGroupSize')}</dt>
        <dd>{round.minTextGroupSize ?? t('round.sameMinimum', { size: round.minGroupSize })}</dd>
      </div>
      {round.shareGroupAnswers && (
        <div>
          <dt>{t('roundForm.shareGroupAnswers')}</dt>
          <dd>{t('round.sharedGroupAnswers')}</dd>
        </div>
      )}
      <div>
        <dt>{t('roundForm.introduction')}</dt>
        <dd>{round.introduction ? localize(round.introduction, language) : t('round.none')}</dd>
      </div>
      <div>
        <dt>{t('roundForm.videoUrl')}</dt>
        <dd>{round.videoUrl ? <a href={round.videoUrl}>{round.videoUrl}</a> : t('round.none')}</dd>
      </div>
    </dl>
  );
}

/** One round for staff: details, each organisation's results and invitation link, reflections, editing. */
export default function RoundPage() {
  const { t } = useTranslation('staff');
  const language = useLanguage();
  const { roundId } = useParams();
  const location = useLocation();
  const { user } = useSession();
  const loaded = useRound(roundId);
  const invitations = useInvitations(roundId);
  const [round, setRound] = useState<RoundDetail>();
  const [fresh, setFresh] = useState<Record<string, InvitationView>>({});
  const [linksVersion, setLinksVersion] = useState(0);
  useEffect(() => setRound(loaded.data), [loaded.data]);
  const name = round ? localize(round.name, language) : undefined;

  // Reading reflections is for administrators and coordinators; changing the round for its owner only.
  const manages = user ? canManageRounds(user) : false;
  const changes =
    !!user &&
    round !== undefined &&
    mayChangeRound(user, {
      regionCode: round.regionCode,
      organisationRegions: round.organisations.map((o) => o.regionCode),
    });
  const rules = useRoundRules(changes);
  const organisations = round && user ? inScope(user, round.organisations) : [];
  const invitationOf = (organisationId: string) =>
    fresh[organisationId] ?? invitations.data?.find((i) => i.organisationId === organisationId);

  return (
    <Page
      title={name ?? t('round.title')}
      breadcrumb={<Link to={staffPaths.home}>{t('rounds.title')}</Link>}
      sub={round && <RoundStatus status={round.status} />}
      loading={loaded.loading}
      error={loaded.error}
      onRetry={loaded.reload}
    >
      {createdNow(location.state) && (
        <div className="notice notice--success" role="status">
          <p>{t('round.created')}</p>
        </div>
      )}
      {round && (
        <>
          <RoundFacts round={round} />
          {round.status === 'open' && (
            <p>
              <Link to={staffPaths.roundParticipation(round.id)}>{t('roundLinks.participation')}</Link>
            </p>
          )}
          {user && <RoundResultsLinks round={round} user={user} />}
          <section className="section" aria-labelledby="organisations-heading">
            <h2 id="organisations-heading">{t('round.organisationsTitle')}</h2>
            <p>{t('round.organisationsIntro')}</p>
            {invitations.error && <ErrorNotice error={invitations.error} onRetry={invitations.reload} />}
            {invitations.loading && <Loading />}
            {!invitations.loading && (
              <ul className="org-list">
                {organisations.map((organisation) => (
                  <InvitationCard
                    key={organisation.id}
                    roundId={round.id}
                    organisation={organisation}
                    invitation={invitationOf(organisation.id)}
                    canRegenerate={changes}
                    onRegenerated={(invitation) => {
                      setFresh((all) => ({ ...all, [organisation.id]: invitation }));
                      setLinksVersion((n) => n + 1);
                    }}
                  />
                ))}
              </ul>
            )}
          </section>
          {changes && user && (
            <RoundMailSection round={round} isAdmin={user.role === 'admin'} linksVersion={linksVersion} />
          )}
          {manages && <ReflectionsSection roundId={round.id} instrument={round.instrument} />}
          {changes && rules.data && (
            <RoundEditForm
              key={round.id}
              round={round}
              rules={rules.data}
              groupLinks={invitations.data?.some((i) => i.mode === 'group') ?? false}
              onSaved={setRound}
            />
          )}
          {changes && rules.error && <ErrorNotice error={rules.error} onRetry={rules.reload} />}
          {manages && !changes && <p className="muted">{t('round.notOwner')}</p>}
        </>
      )}
    </Page>
  );
}
