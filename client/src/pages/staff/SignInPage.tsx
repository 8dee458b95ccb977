import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { type ApiError, toApiError } from '../../api/client';
import { useSession } from '../../api/session';
import { Loading } from '../../components/Feedback';
import { TextField } from '../../components/form/Field';
import { Page } from '../../components/Page';
import { useStaffErrorText } from '../../components/useStaffErrorText';
import { parseReason, safeNextPath } from '../../lib/signIn';
import { ForgotPasswordLink, SingleSignOn } from '../access/SingleSignOn';

type Missing = { email?: string; password?: string };

/** Staff sign-in; afterwards back to the page that asked for it, or the staff home page. */
export default function SignInPage() {
  const { t } = useTranslation('staff');
  const session = useSession();
  const [params] = useSearchParams();
  const reason = parseReason(params.get('reason'));
  const next = safeNextPath(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Missing>({});
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const errorText = useStaffErrorText();

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  if (session.user) return <Navigate to={next} replace />;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Missing = {
      ...(email.trim() ? {} : { email: t('signIn.emailMissing') }),
      ...(password ? {} : { password: t('signIn.passwordMissing') }),
    };
    setMissing(problems);
    setError(undefined);
    if (problems.email || problems.password) {
      document.getElementById(problems.email ? 'sign-in-email' : 'sign-in-password')?.focus();
      return;
    }
    setBusy(true);
    try {
      await session.signIn(email.trim(), password);
    } catch (caught) {
      setError(toApiError(caught));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  // The wrong-password message concerns both fields.
  const credentialsError = error?.code === 'invalid_credentials';

  return (
    <Page title={t('signIn.title')} className="page--narrow">
      {reason && (
        <div className={reason === 'signedOut' ? 'notice notice--success' : 'notice notice--warning'} role="status">
          <p>{t(`signIn.reason.${reason}`)}</p>
        </div>
      )}
      <p>{t('signIn.intro')}</p>
      <SingleSignOn />
      {session.loading ? (
        <Loading />
      ) : (
        <form className="form sign-in" noValidate onSubmit={(event) => void onSubmit(event)}>
          {error && (
            <div className="notice notice--error" role="alert" tabIndex={-1} ref={errorRef} id="sign-in-error">
              <h2 className="notice__title">{t('signIn.failed')}</h2>
              <p>{errorText(error)}</p>
            </div>
          )}
          <TextField
            id="sign-in-email"
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            inputMode="email"
            spellCheck={false}
            required
            value={email}
            onChange={setEmail}
            error={missing.email}
            aria-invalid={credentialsError || undefined}
            aria-describedby={credentialsError ? 'sign-in-error' : undefined}
          />
          <TextField
            id="sign-in-password"
            label={t('signIn.password')}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={setPassword}
            error={missing.password}
            aria-invalid={credentialsError || undefined}
            aria-describedby={credentialsError ? 'sign-in-error' : undefined}
          />
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy || undefined}>
              {busy ? t('signIn.signingIn') : t('signIn.submit')}
            </button>
          </div>
          <ForgotPasswordLink />
        </form>
      )}
    </Page>
  );
}
