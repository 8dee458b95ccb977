import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mailResumeCode } from '../../api/access';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/Field';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { looksLikeEmail } from '../../lib/text';

/** "Send my resume code to this address": the address is used for this one message and stored nowhere. */
export function SendResumeCode({ code }: { code: string }) {
  const { t } = useTranslation('access');
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string>();
  const form = useFormSubmit({ email: { id: 'resume-mail-email', label: t('resumeMail.email') } });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    setSentTo(undefined);
    const ok = await form.submit(
      () => (looksLikeEmail(address) ? {} : { email: t('resumeMail.problem') }),
      () => mailResumeCode(code, address),
    );
    if (ok) {
      setSentTo(address);
      setEmail('');
    }
  };
  return (
    <details className="send-resume-code">
      <summary>{t('resumeMail.title')}</summary>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <p className="field__hint">{t('resumeMail.intro')}</p>
        <ErrorSummary items={form.summary} ref={form.summaryRef} />
        <TextField
          id="resume-mail-email"
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          label={t('resumeMail.email')}
          value={email}
          onChange={setEmail}
          error={form.errors.email}
        />
        <div className="actions">
          <button type="submit" className="button button--secondary" disabled={form.busy}>
            {t('resumeMail.send')}
          </button>
        </div>
        <p className="form__status" role="status">
          {sentTo && t('resumeMail.sent', { email: sentTo })}
        </p>
      </form>
    </details>
  );
}
