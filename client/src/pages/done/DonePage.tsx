import '../../styles/respond.css';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { localize } from '../../../../server/src/instrument/text';
import type { ApiError } from '../../api/client';
import { useDraft, useDraftSummary, useReflections } from '../../api/respond';
import { ErrorNotice, Loading } from '../../components/Feedback';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFocusHeading } from '../../components/useFocusHeading';
import { useRespondErrorText } from '../../components/useRespondErrorText';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { respondPaths } from '../../lib/paths';
import { DoneSummary } from './DoneSummary';
import { ReflectionList } from './ReflectionList';

function CodeNotFound({ error }: { error: ApiError }) {
  const { summary } = useRespondErrorText(error);
  return <p className="lead">{summary}</p>;
}

/** /r/:code/done — thanks, the organisation's summary so far and the others' comments. */
export default function DonePage() {
  const { t } = useTranslation('respond');
  const language = useLanguage();
  const format = useFormat();
  const { code = '' } = useParams();
  const draft = useDraft(code);
  const submitted = draft.data?.status === 'submitted';
  const summary = useDraftSummary(submitted ? code : undefined);
  const reflections = useReflections(submitted ? code : undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('done.documentTitle'));
  useFocusHeading(heading, draft.data !== undefined || draft.error !== undefined);

  if (draft.error) {
    return (
      <div className="page page--narrow respond-page">
        <h1 tabIndex={-1} ref={heading}>
          {t('survey.problemTitle')}
        </h1>
        {draft.error.code === 'resume_code_not_found' || draft.error.code === 'resume_code_expired' ? (
          <CodeNotFound error={draft.error} />
        ) : (
          <ErrorNotice error={draft.error} onRetry={draft.reload} />
        )}
      </div>
    );
  }
  if (!draft.data) return <Loading />;
  if (draft.data.status !== 'submitted') return <Navigate to={respondPaths.survey(code)} replace />;

  const { round, organisation, instrument } = draft.data.invitation;
  const submittedAt = draft.data.submittedAt ? new Date(draft.data.submittedAt) : undefined;
  return (
    <div className="page respond-page done-page">
      <div className="done-page__thanks">
        <h1 tabIndex={-1} ref={heading}>
          {t('done.title')}
        </h1>
        <p className="lead">
          {submittedAt
            ? t('done.receivedAt', { date: format.date(submittedAt.toISOString()), time: format.time(submittedAt) })
            : t('done.received')}
        </p>
        <p className="muted">
          {localize(round.name, language)} · {organisation.name}
        </p>
      </div>

      <section className="done-section" aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('summary.heading', { organisation: organisation.name })}</h2>
        {summary.loading && <Loading />}
        {summary.error && <ErrorNotice error={summary.error} onRetry={summary.reload} />}
        {summary.data && <DoneSummary results={summary.data} instrument={instrument} />}
      </section>

      <section className="done-section" aria-labelledby="reflections-heading">
        <h2 id="reflections-heading">{t('reflections.heading')}</h2>
        <p className="muted">{t('reflections.note')}</p>
        {reflections.loading && <Loading />}
        {reflections.error && <ErrorNotice error={reflections.error} onRetry={reflections.reload} />}
        {reflections.data && <ReflectionList instrument={instrument} reflections={reflections.data} />}
      </section>

      <p>
        <Link to="/">{t('done.home')}</Link>
      </p>
    </div>
  );
}
