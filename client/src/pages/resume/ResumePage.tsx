import '../../styles/respond.css';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { type ApiError, toApiError } from '../../api/client';
import { respondApi } from '../../api/respond';
import { Page } from '../../components/Page';
import { useRespondErrorText } from '../../components/useRespondErrorText';
import { respondPaths } from '../../lib/paths';
import { formatResumeCode } from '../../lib/resumeCode';

function ServerError({ error, id }: { error: ApiError; id: string }) {
  const { summary, detail } = useRespondErrorText(error);
  return (
    <p id={id} className="respond-error">
      {summary}
      {detail && ` ${detail}`}
    </p>
  );
}

/** /resume — continue with the code shown when answering began, on any device. */
export default function ResumePage() {
  const { t } = useTranslation('respond');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [formatError, setFormatError] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [sending, setSending] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const canonical = formatResumeCode(code);
    setError(undefined);
    setFormatError(!canonical);
    if (!canonical) {
      input.current?.focus();
      return;
    }
    setSending(true);
    try {
      const draft = await respondApi.draft(canonical);
      navigate(draft.status === 'submitted' ? respondPaths.done(canonical) : respondPaths.survey(canonical));
    } catch (caught) {
      setError(toApiError(caught));
      setSending(false);
      input.current?.focus();
    }
  };

  const errorId = 'resume-code-error';
  const invalid = formatError || error !== undefined;
  return (
    <Page title={t('resume.title')} documentTitle={t('resume.documentTitle')} className="page--narrow respond-page">
      <p className="lead">{t('resume.intro')}</p>
      <form className="step resume-form" noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor="resume-code" className="field__label">
            {t('resume.label')}
          </label>
          <p id="resume-code-hint" className="field__hint">
            {t('resume.hint')}
          </p>
          <input
            ref={input}
            id="resume-code"
            name="code"
            className="respond-input respond-input--code"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            required
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `resume-code-hint ${errorId}` : 'resume-code-hint'}
            value={code}
            onChange={(event) => setCode(event.target.value)}
          />
          <div aria-live="assertive">
            {formatError && (
              <p id={errorId} className="respond-error">
                {t('resume.formatError')}
              </p>
            )}
            {error && <ServerError error={error} id={errorId} />}
          </div>
        </div>
        <button type="submit" className="button button--primary" aria-disabled={sending || undefined}>
          {sending ? t('resume.opening') : t('resume.button')}
        </button>
      </form>
      <p className="muted">{t('resume.noCode')}</p>
    </Page>
  );
}
