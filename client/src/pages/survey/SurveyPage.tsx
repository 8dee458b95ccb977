import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localize } from '../../../../server/src/instrument/text';
import type { RoundDetail } from '../../../../server/src/rounds/types';
import { useRound } from '../../api/hooks';
import { ErrorNotice, Loading, Notice } from '../../components/Feedback';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useFormat } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { paths } from '../../lib/paths';
import { SurveyForm } from './SurveyForm';

/** A text with blank lines between paragraphs, as paragraphs. */
function Paragraphs({ text }: { text: string }) {
  if (!text) return null;
  return (
    <>
      {text.split(/\n{2,}/).map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </>
  );
}

/** Who answers for what, and the round's and the instrument's introductions, above the form. */
function SurveyIntro({ round, organisationName }: { round: RoundDetail; organisationName: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const { instrument } = round;
  const videoUrl = round.videoUrl ?? instrument.videoUrl;
  return (
    <div className="survey-intro">
      <h1 tabIndex={-1}>{localize(instrument.title, language)}</h1>
      <dl className="facts">
        <div>
          <dt>{t('survey.organisation')}</dt>
          <dd>{organisationName}</dd>
        </div>
        <div>
          <dt>{t('survey.round')}</dt>
          <dd>{localize(round.name, language)}</dd>
        </div>
        <div>
          <dt>{t('survey.period')}</dt>
          <dd>{t('common.dateRange', { from: format.date(round.opensAt), to: format.date(round.closesAt) })}</dd>
        </div>
      </dl>
      {instrument.description && <p className="lead">{localize(instrument.description, language)}</p>}
      <Paragraphs text={localize(round.introduction ?? undefined, language)} />
      <Paragraphs text={localize(instrument.introduction, language)} />
      {videoUrl && (
        <p>
          <a href={videoUrl} target="_blank" rel="noopener noreferrer">
            {t('survey.video')}
          </a>
        </p>
      )}
      <p className="muted">
        {t('survey.anonymityNote', { count: round.minGroupSize })} {t('survey.draftNote')}
      </p>
    </div>
  );
}

export default function SurveyPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { roundId, organisationId } = useParams();
  useDocumentTitle(t('survey.documentTitle'));
  const round = useRound(roundId);

  if (round.loading) return <Loading />;
  if (round.error) {
    return (
      <div className="page page--narrow">
        <h1 tabIndex={-1}>{t('survey.documentTitle')}</h1>
        <ErrorNotice error={round.error} onRetry={round.reload} />
      </div>
    );
  }
  if (!round.data || !organisationId) return null;

  const organisation = round.data.organisations.find((o) => o.id === organisationId);
  if (!organisation) {
    return (
      <div className="page page--narrow">
        <h1 tabIndex={-1}>{t('survey.documentTitle')}</h1>
        <Notice kind="warning" title={t('errors.not_found')}>
          <p>{t('survey.organisationNotFound')}</p>
          <Link to={paths.home}>{t('common.backHome')}</Link>
        </Notice>
      </div>
    );
  }

  return (
    <div className="page page--survey">
      <SurveyIntro round={round.data} organisationName={organisation.name} />
      {round.data.status === 'open' ? (
        <SurveyForm round={round.data} organisationId={organisation.id} />
      ) : (
        <Notice kind="warning" title={t('survey.notOpenTitle')}>
          <p>
            {round.data.status === 'upcoming'
              ? t('survey.notOpenUpcoming', { date: format.date(round.data.opensAt) })
              : t('survey.notOpenClosed', { date: format.date(round.data.closesAt) })}
          </p>
          <Link to={paths.results(round.data.id, organisation.id)}>{t('survey.showResults')}</Link>
        </Notice>
      )}
    </div>
  );
}
