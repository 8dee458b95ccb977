import { PASSWORD_RULES } from '@shared/auth/types';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { setPassword } from '../../api/access';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/Field';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { Page } from '../../components/Page';

/** The page of a mailed link (invitation or reset): the token is in the fragment, so no server log sees it. */
export default function SetPasswordPage() {
  const { t } = useTranslation('access');
  const [token] = useState(() => window.location.hash.slice(1));
  const [password, setPasswordValue] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const form = useFormSubmit(
    {
      password: { id: 'new-password', label: t('password.new') },
      repeat: { id: 'repeat-password', label: t('password.repeat') },
      token: { id: 'new-password', label: t('password.new') },
    },
    { link_invalid: 'token' },
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await form.submit(
      () => ({
        ...(password.length >= PASSWORD_RULES.min
          ? {}
          : { password: t('password.tooShort', { count: PASSWORD_RULES.min }) }),
        ...(repeat === password ? {} : { repeat: t('password.mismatch') }),
      }),
      async () => {
        await setPassword(token, password);
        // The token has done its work: out of the address bar and the history.
        window.history.replaceState(null, '', window.location.pathname);
      },
    );
    setDone(ok);
  };

  return (
    <Page title={t('password.setTitle')} className="page--narrow">
      {!token ? (
        <div className="notice notice--warning" role="status">
          <p>{t('password.noToken')}</p>
        </div>
      ) : done ? (
        <div className="notice notice--success" role="status">
          <p>{t('password.saved')}</p>
          <p>
            <Link to="/sign-in">{t('password.toSignIn')}</Link>
          </p>
        </div>
      ) : (
        <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
          <p>{t('password.setIntro')}</p>
          <ErrorSummary items={form.summary} ref={form.summaryRef} />
          {form.errors.token && (
            <div className="notice notice--error" role="alert">
              <p>{t('password.linkInvalid')}</p>
              <p>
                <Link to="/forgot-password">{t('password.forgot')}</Link>
              </p>
            </div>
          )}
          <TextField
            id="new-password"
            type="password"
            autoComplete="new-password"
            label={t('password.new')}
            hint={t('password.hint', { count: PASSWORD_RULES.min })}
            required
            value={password}
            onChange={setPasswordValue}
            error={form.errors.password}
          />
          <TextField
            id="repeat-password"
            type="password"
            autoComplete="new-password"
            label={t('password.repeat')}
            required
            value={repeat}
            onChange={setRepeat}
            error={form.errors.repeat}
          />
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={form.busy}>
              {t('password.save')}
            </button>
          </div>
        </form>
      )}
    </Page>
  );
}
