import '../../styles/respond.css';
import { type Ref, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { localize } from '../../../../server/src/instrument/text';
import type { DraftView } from '../../../../server/src/responses/types';
import type { ApiError } from '../../api/client';
import { useDraft } from '../../api/respond';
import { ErrorNotice, Loading, Notice } from '../../components/Feedback';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFocusHeading } from '../../components/useFocusHeading';
import { useRespondErrorText } from '../../components/useRespondErrorText';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { respondPaths } from '../../lib/paths';
import { formatResumeCode } from '../../lib/resumeCode';
import { Paragraphs } from '../invitation/RoundIntro';
import { ResumeCodePanel } from './ResumeCodePanel';
import { SurveyForm } from './SurveyForm';

/** Set by the invitation page when it has just started this draft. */
function justStarted(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'started' in state && state.started === true;
}

function DraftProblem({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useTranslation('respond');
  const heading = useRef<HTMLHeadingElement>(null);
  const { summary } = useRespondErrorText(error);
  useFocusHeading(heading, true);
  return (
    <div className="page page--narrow respond-page">
      <h1 tabIndex={-1} ref={heading}>
        {t('survey.problemTitle')}
      </h1>
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
    </div>
  );
}

/** The instrument's title, whose answers these are, the code, and the instructions on demand. */
function SurveyHeader({
  draft,
  code,
  headingRef,
}: {
  draft: DraftView;
  code: string;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation('respond');
  const language = useLanguage();
  const format = useFormat();
  const { round, organisation, instrument } = draft.invitation;
  const videoUrl = round.videoUrl ?? instrument.videoUrl;
  const introduction = localize(round.introduction ?? undefined, language);
  const instructions = localize(instrument.introduction, language);
  return (
    <div className="survey-intro">
      <h1 tabIndex={-1} ref={headingRef}>
        {localize(instrument.title, language)}
      </h1>
      <dl className="facts">
        <div>
          <dt>{t('intro.organisation')}</dt>
          <dd>{organisation.name}</dd>
        </div>
        <div>
          <dt>{t('intro.round')}</dt>
          <dd>{localize(round.name, language)}</dd>
        </div>
        <div>
          <dt>{t('intro.period')}</dt>
          <dd>{t('intro.dateRange', { from: format.date(round.opensAt), to: format.date(round.closesAt) })}</dd>
        </div>
        <div>
          <dt>{t('intro.code')}</dt>
          <dd className="facts__code">{code}</dd>
        </div>
      </dl>
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
  );
}

/** /r/:code — answering, continued from any device with the resume code. */
export default function SurveyPage() {
  const { t } = useTranslation('respond');
  const format = useFormat();
  const { code = '' } = useParams();
  const location = useLocation();
  const canonical = formatResumeCode(code);
  const draft = useDraft(canonical === code ? code : undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('survey.documentTitle'));
  useFocusHeading(heading, draft.data !== undefined);

  if (canonical && canonical !== code) return <Navigate to={respondPaths.survey(canonical)} replace />;
  if (!canonical) {
    return (
      <div className="page page--narrow respond-page">
        <h1 tabIndex={-1}>{t('survey.problemTitle')}</h1>
        <p className="lead">{t('resume.formatError')}</p>
        <p>
          <Link to={respondPaths.resume}>{t('survey.tryAnotherCode')}</Link>
        </p>
      </div>
    );
  }
  if (draft.error) return <DraftProblem error={draft.error} onRetry={draft.reload} />;
  if (!draft.data) return <Loading />;
  if (draft.data.status === 'submitted') return <Navigate to={respondPaths.done(code)} replace />;

  const { round } = draft.data.invitation;
  return (
    <div className="page page--survey respond-page">
      <SurveyHeader draft={draft.data} code={code} headingRef={heading} />
      {justStarted(location.state) && <ResumeCodePanel code={code} />}
      {round.status === 'open' ? (
        <SurveyForm key={code} code={code} draft={draft.data} />
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
    </div>
  );
}
