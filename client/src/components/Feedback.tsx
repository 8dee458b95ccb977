/** Loading, error and notice blocks shared by the pages. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ApiError } from '../api/client';
import { signInUrl } from '../lib/signIn';
import { useErrorText } from './useErrorText';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

/** To sign in and come back here: for a page that needs a session the visitor does not have. */
function SignInLink() {
  const { t } = useTranslation('staff');
  const { pathname, search } = useLocation();
  return (
    <p>
      <Link to={signInUrl({ reason: 'required', next: pathname + search })}>{t('nav.signIn')}</Link>
    </p>
  );
}

/**
 * A failed load: what went wrong in the reader's language, the server's
 * words, and a retry when retrying can help (no network, server error).
 */
export function ErrorNotice({ error, title, onRetry }: { error: ApiError; title?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { summary, detail } = useErrorText(error);
  const retryable = error.status === 0 || error.status >= 500;
  return (
    <div className="notice notice--error" role="alert">
      <h2 className="notice__title">{title ?? t('errors.loadTitle')}</h2>
      <p>{summary}</p>
      {detail && <p className="notice__detail">{detail}</p>}
      {error.status === 401 ? (
        <SignInLink />
      ) : onRetry && retryable ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : (
        <p>
          <Link to="/">{t('common.backHome')}</Link>
        </p>
      )}
    </div>
  );
}

type NoticeProps = { kind?: 'info' | 'success' | 'warning'; title: string; children?: ReactNode; headingLevel?: 2 | 3 };

export function Notice({ kind = 'info', title, children, headingLevel = 2 }: NoticeProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className={`notice notice--${kind}`}>
      <Heading className="notice__title">{title}</Heading>
      {children}
    </div>
  );
}
