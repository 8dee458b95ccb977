import '../../styles/respond.css';
import { localize } from '@shared/instrument/text';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import type { ApiError } from '../../api/client';
import { useDraft, useDraftSummary, useReflections } from '../../api/respond';
import { ErrorNotice, Loading } from '../../components/Feedback';
import { LocalName, NAME_SLOT, NameInText } from '../../components/LocalName';
import { Page } from '../../components/Page';
import { useRespondErrorText } from '../../components/useRespondErrorText';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { respondPaths } from '../../lib/paths';
import { browserStorage } from '../../lib/storage';
import { DoneSummary } from './DoneSummary';
import { readOwnAnswers } from './ownAnswers';
import { AreaReflectionTexts, ReflectionFilters, ReflectionList, useReflectionView } from './ReflectionList';
import { SharedGroupAnswers } from './SharedGroupAnswers';

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
  const documentTitle = t('done.documentTitle');
  const view = useReflectionView(draft.data?.invitation.instrument, reflections.data);
  const own = useMemo(() => readOwnAnswers(browserStorage('session'), code), [code]);

  if (draft.error) {
    return (
      <Page title={t('survey.problemTitle')} documentTitle={documentTitle} className="page--narrow respond-page">
        {draft.error.code === 'resume_code_not_found' || draft.error.code === 'resume_code_expired' ? (
          <CodeNotFound error={draft.error} />
        ) : (
          <ErrorNotice error={draft.error} onRetry={draft.reload} />
        )}
      </Page>
    );
  }
  if (!draft.data) return <Page title={t('done.title')} documentTitle={documentTitle} pending />;
  if (draft.data.status !== 'submitted') return <Navigate to={respondPaths.survey(code)} replace />;

  const { round, organisation, instrument } = draft.data.invitation;
  // With the organisation's figures shown, each area's comments go under its figures, so that its title is shown once.
  const together = summary.data !== undefined && !summary.data.suppressed && instrument.scale !== null && view.any;
  const submittedAt = draft.data.submittedAt ? new Date(draft.data.submittedAt) : undefined;
  return (
    <Page
      title={t('done.title')}
      documentTitle={documentTitle}
      className="respond-page done-page"
      headerClassName="done-page__thanks"
      sub={
        <>
          <p className="lead">
            {submittedAt
              ? t('done.receivedAt', { date: format.date(submittedAt.toISOString()), time: format.time(submittedAt) })
              : t('done.received')}
          </p>
          <p className="muted">
            {localize(round.name, language)} · <LocalName name={organisation.name} own={organisation.language} />
          </p>
        </>
      }
    >
      <section className="done-section" aria-labelledby="summary-heading">
        <h2 id="summary-heading">
          <NameInText
            text={t('summary.heading', { organisation: NAME_SLOT })}
            name={organisation.name}
            own={organisation.language}
          />
        </h2>
        {summary.loading && <Loading />}
        {summary.error && <ErrorNotice error={summary.error} onRetry={summary.reload} />}
        {summary.data && (
          <DoneSummary
            results={summary.data}
            instrument={instrument}
            own={own}
            intro={
              together && (
                <div className="reflections">
                  <p className="muted">{t('reflections.noteWithFigures')}</p>
                  <ReflectionFilters view={view} />
                </div>
              )
            }
            areaExtra={(areaId) => {
              const area = together ? view.areas.find((candidate) => candidate.id === areaId) : undefined;
              return area && <AreaReflectionTexts area={area} open={view.openAll} />;
            }}
          />
        )}
      </section>

      {!together && (
        <section className="done-section" aria-labelledby="reflections-heading">
          <h2 id="reflections-heading">{t('reflections.heading')}</h2>
          <p className="muted">{t('reflections.note')}</p>
          {reflections.loading && <Loading />}
          {reflections.error && <ErrorNotice error={reflections.error} onRetry={reflections.reload} />}
          {reflections.data && <ReflectionList view={view} />}
        </section>
      )}

      {reflections.data?.shared && (
        <section className="done-section" aria-labelledby="shared-heading">
          <h2 id="shared-heading">{t('shared.heading')}</h2>
          <p className="muted">{t('shared.note')}</p>
          <SharedGroupAnswers instrument={instrument} groups={reflections.data.shared} />
        </section>
      )}

      <p>
        <Link to="/">{t('done.home')}</Link>
      </p>
    </Page>
  );
}
