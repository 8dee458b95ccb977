import '../../styles/respond.css';
import { localize } from '@shared/instrument/text';
import type { InvitationInfo } from '@shared/responses/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ApiError } from '../../api/client';
import { useInvitation } from '../../api/respond';
import { ErrorNotice, Notice } from '../../components/Feedback';
import { Page } from '../../components/Page';
import { useRespondErrorText } from '../../components/useRespondErrorText';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { rememberedDraft } from '../../lib/invitationMemory';
import { respondPaths } from '../../lib/paths';
import { browserStorage } from '../../lib/storage';
import { RoundIntro } from './RoundIntro';
import { StartForm } from './StartForm';

/** A link that does not work: unknown, or replaced by a new one. */
function LinkProblem({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useTranslation('respond');
  const { summary } = useRespondErrorText(error);
  const known = error.code === 'invitation_not_found' || error.code === 'invitation_revoked';
  return (
    <Page
      title={t(error.code === 'invitation_revoked' ? 'invitation.revokedTitle' : 'invitation.problemTitle')}
      documentTitle={t('invitation.documentTitle')}
      className="page--narrow"
    >
      {known ? (
        <>
          <p className="lead">{summary}</p>
          <p>{t('invitation.askContact')}</p>
          <p>
            <Link to={respondPaths.resume}>{t('invitation.haveCode')}</Link>
          </p>
        </>
      ) : (
        <ErrorNotice error={error} onRetry={onRetry} />
      )}
    </Page>
  );
}

/** Start, continue, or why neither is possible now. */
function StartSection({ token, info }: { token: string; info: InvitationInfo }) {
  const { t } = useTranslation('respond');
  const format = useFormat();
  const [remembered] = useState(() => rememberedDraft(browserStorage('local'), token));
  const { round } = info;

  if (round.status === 'upcoming') {
    return (
      <Notice kind="warning" title={t('invitation.upcomingTitle')}>
        <p>{t('invitation.upcoming', { date: format.date(round.opensAt) })}</p>
      </Notice>
    );
  }
  if (round.status === 'closed') {
    return (
      <Notice kind="warning" title={t('invitation.closedTitle')}>
        <p>{t('invitation.closed', { date: format.date(round.closesAt) })}</p>
        {remembered?.submitted && (
          <p>
            <Link to={respondPaths.done(remembered.code)}>{t('invitation.showSummary')}</Link>
          </p>
        )}
      </Notice>
    );
  }

  const startNew = <StartForm token={token} mode={info.mode} />;

  if (remembered) {
    return (
      <section className="step start-section" aria-labelledby="start-heading">
        {remembered.submitted ? (
          <>
            <h2 id="start-heading">{t('invitation.submittedHeading')}</h2>
            <p>{t('invitation.submittedText')}</p>
            <p>
              <Link className="button button--primary" to={respondPaths.done(remembered.code)}>
                {t('invitation.showSummary')}
              </Link>
            </p>
          </>
        ) : (
          <>
            <h2 id="start-heading">{t('invitation.continueHeading')}</h2>
            <p>
              {t('invitation.continueText')} {t('intro.code')}: <span className="respond-code">{remembered.code}</span>
            </p>
            <p>
              <Link className="button button--primary" to={respondPaths.survey(remembered.code)}>
                {t('invitation.continue')}
              </Link>
            </p>
          </>
        )}
        <details className="start-section__new">
          <summary>{t('invitation.startNewSummary')}</summary>
          {startNew}
        </details>
      </section>
    );
  }

  return (
    <section className="step start-section" aria-labelledby="start-heading">
      <h2 id="start-heading">
        {t(info.mode === 'group' ? 'invitation.startHeadingGroup' : 'invitation.startHeading')}
      </h2>
      {startNew}
      <p className="start-section__resume">
        <Link to={respondPaths.resume}>{t('invitation.haveCode')}</Link>
      </p>
    </section>
  );
}

/** /i/:token — what the invitation is for, and the way in. */
export default function InvitationPage() {
  const { t } = useTranslation('respond');
  const language = useLanguage();
  const { token = '' } = useParams();
  const invitation = useInvitation(token);
  const info = invitation.data;

  if (invitation.error) return <LinkProblem error={invitation.error} onRetry={invitation.reload} />;
  return (
    <Page
      title={info ? localize(info.round.name, language) : ''}
      documentTitle={info ? localize(info.round.name, language) : t('invitation.documentTitle')}
      className="page--narrow respond-page"
      headerClassName="round-intro"
      pending={!info}
      sub={info && <RoundIntro info={info} />}
    >
      {info && <StartSection token={token} info={info} />}
    </Page>
  );
}
