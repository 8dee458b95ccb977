import '../../styles/respond.css';
import { localize } from '@shared/instrument/text';
import type { DraftView } from '@shared/responses/types';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import type { ApiError } from '../../api/client';
import { useDraft } from '../../api/respond';
import { ErrorNotice, Loading, Notice } from '../../components/Feedback';
import { LocalName } from '../../components/LocalName';
import { Page } from '../../components/Page';
import { useRespondErrorText } from '../../components/useRespondErrorText';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { respondPaths } from '../../lib/paths';
import { formatResumeCode } from '../../lib/resumeCode';
import { Paragraphs } from '../invitation/RoundIntro';
import { ResumeCodePanel } from './ResumeCodePanel';
import { SurveyForm } from './SurveyForm';

/**
 * On a phone the code stays folded even at the start, its one line showing
 * the code itself, so that the first question is on the first screen.
 */
const wideScreen = () => window.matchMedia('(min-width: 40.01rem)').matches;

/** Set by the invitation page when it has just started this draft. */
function justStarted(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'started' in state && state.started === true;
}

function DraftProblem({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useTranslation('respond');
  const { summary } = useRespondErrorText(error);
  return (
    <Page
      title={t('survey.problemTitle')}
      documentTitle={t('survey.documentTitle')}
      className="page--narrow respond-page"
    >
      {error.code === 'resume_code_not_found' || error.code === 'resume_code_expired' ? (
        <>
          <p className="lead">{summary}</p>
          <p>
            <Link to={respondPaths.resume}>{t('survey.tryAnotherCode')}</Link>
          </p>
        </>
      ) : (
        <ErrorNotice error={error} onRetry={onRetry} />
      )}
    </Page>
  );
}

/**
 * Under the instrument's title, kept short so that the first question is on
 * the first screen: whose answers these are on one line, then the
 * instructions and the resume code, each folded away until opened.
 */
function SurveyFacts({ draft, code, started }: { draft: DraftView; code: string; started: boolean }) {
  const { t } = useTranslation('respond');
  const language = useLanguage();
  const format = useFormat();
  const { round, organisation, instrument } = draft.invitation;
  const videoUrl = round.videoUrl ?? instrument.videoUrl;
  const introduction = localize(round.introduction ?? undefined, language);
  const instructions = localize(instrument.introduction, language);
  return (
    <>
      <dl className="facts facts--compact">
        <div>
          <dt className="visually-hidden">{t('intro.organisation')}</dt>
          <dd>
            <LocalName name={organisation.name} own={organisation.language} />
          </dd>
        </div>
        <div>
          <dt className="visually-hidden">{t('intro.round')}</dt>
          <dd>{localize(round.name, language)}</dd>
        </div>
        <div>
          <dt className="visually-hidden">{t('intro.period')}</dt>
          <dd>{t('intro.dateRange', { from: format.date(round.opensAt), to: format.date(round.closesAt) })}</dd>
        </div>
      </dl>
      <div className="survey-intro__more">
        <ResumeCodePanel code={code} open={started && wideScreen()} />
        {(introduction || instructions || videoUrl) && (
          <details className="survey-intro__instructions">
            <summary>{t('survey.showInstructions')}</summary>
            <Paragraphs text={introduction} />
            <Paragraphs text={instructions} />
            {videoUrl && (
              <p>
                <a href={videoUrl} target="_blank" rel="noopener noreferrer">
                  {t('intro.video')}
                </a>
              </p>
            )}
          </details>
        )}
      </div>
    </>
  );
}

/** /r/:code — answering, continued from any device with the resume code. */
export default function SurveyPage() {
  const { t } = useTranslation('respond');
  const format = useFormat();
  const language = useLanguage();
  const { code = '' } = useParams();
  const location = useLocation();
  const canonical = formatResumeCode(code);
  const draft = useDraft(canonical === code ? code : undefined);
  const documentTitle = t('survey.documentTitle');

  if (canonical && canonical !== code) return <Navigate to={respondPaths.survey(canonical)} replace />;
  if (!canonical) {
    return (
      <Page title={t('survey.problemTitle')} documentTitle={documentTitle} className="page--narrow respond-page">
        <p className="lead">{t('resume.formatError')}</p>
        <p>
          <Link to={respondPaths.resume}>{t('survey.tryAnotherCode')}</Link>
        </p>
      </Page>
    );
  }
  if (draft.error) return <DraftProblem error={draft.error} onRetry={draft.reload} />;
  if (!draft.data) return <Page title={documentTitle} pending />;
  if (draft.data.status === 'submitted') return <Navigate to={respondPaths.done(code)} replace />;

  const { round, instrument } = draft.data.invitation;
  return (
    <Page
      title={localize(instrument.title, language)}
      documentTitle={documentTitle}
      className="page--survey respond-page"
      headerClassName="survey-intro"
      sub={<SurveyFacts draft={draft.data} code={code} started={justStarted(location.state)} />}
    >
      {round.status === 'open' ? (
        // The header stays on screen while the form waits for SurveyJS's texts in this language.
        <Suspense fallback={<Loading />}>
          <SurveyForm key={code} code={code} draft={draft.data} />
        </Suspense>
      ) : (
        <Notice
          kind="warning"
          title={t(round.status === 'upcoming' ? 'invitation.upcomingTitle' : 'invitation.closedTitle')}
        >
          <p>
            {round.status === 'upcoming'
              ? t('invitation.upcoming', { date: format.date(round.opensAt) })
              : t('invitation.closed', { date: format.date(round.closesAt) })}
          </p>
        </Notice>
      )}
    </Page>
  );
}
