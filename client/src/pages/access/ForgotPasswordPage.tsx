import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPasswordReset } from '../../api/access';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/Field';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { Page } from '../../components/Page';
import { looksLikeEmail } from '../../lib/text';

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation('access');
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const form = useFormSubmit({ email: { id: 'reset-email', label: t('password.email') } });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    const ok = await form.submit(
      () => (looksLikeEmail(address) ? {} : { email: t('password.emailProblem') }),
      () => requestPasswordReset(address),
    );
    if (ok) setSentTo(address);
  };

  return (
    <Page title={t('password.forgotTitle')} className="page--narrow">
      <p>{t('password.forgotIntro')}</p>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ErrorSummary items={form.summary} ref={form.summaryRef} />
        <TextField
          id="reset-email"
          type="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          label={t('password.email')}
          required
          value={email}
          onChange={setEmail}
          error={form.errors.email}
        />
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('password.send')}
          </button>
        </div>
        <p className="form__status" role="status">
          {sentTo && t('password.sent', { email: sentTo })}
        </p>
      </form>
    </Page>
  );
}
