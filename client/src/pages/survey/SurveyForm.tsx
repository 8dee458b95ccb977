import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { surveyDataToAnswers } from '../../../../server/src/instrument/compile';
import type { RoundDetail } from '../../../../server/src/rounds/types';
import { type ApiError, toApiError } from '../../api/client';
import { submitResponse } from '../../api/hooks';
import { useLanguage } from '../../i18n/useLanguage';
import { paths } from '../../lib/paths';
import { clearDraft } from './draft';
import { SubmitError } from './SubmitError';
import { Survey } from './surveyjs';
import { useSurveyModel } from './useSurveyModel';

type Props = { round: RoundDetail; organisationId: string };

/** The survey itself; on "complete" it sends the answers and goes to the results, or keeps them and says why not. */
export function SurveyForm({ round, organisationId }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const { model, responseId } = useSurveyModel({
    instrument: round.instrument,
    language,
    roundId: round.id,
    organisationId,
  });
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError>();
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const send = async (_: unknown, options: { allow: boolean }) => {
      // The survey never switches to its own "completed" view: this page navigates on success.
      options.allow = false;
      setSending(true);
      setError(undefined);
      try {
        await submitResponse(round.id, organisationId, {
          id: responseId,
          language,
          answers: surveyDataToAnswers(round.instrument, model.data),
        });
        clearDraft(round.id, organisationId);
        navigate(paths.results(round.id, organisationId), { state: { submitted: true } });
      } catch (caught) {
        setError(toApiError(caught));
      } finally {
        setSending(false);
      }
    };
    model.onCompleting.add(send);
    return () => model.onCompleting.remove(send);
  }, [model, round, organisationId, responseId, language, navigate]);

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  return (
    <div className="survey" aria-busy={sending}>
      <Survey model={model} />
      <div className="survey__status" role="status">
        {sending && (
          <p className="loading">
            <span className="loading__spinner" aria-hidden="true" />
            {t('survey.sending')}
          </p>
        )}
      </div>
      {error && (
        <SubmitError
          ref={errorRef}
          error={error}
          instrument={round.instrument}
          onRetry={sending || error.code === 'round_closed' ? undefined : () => model.tryComplete()}
        />
      )}
    </div>
  );
}
