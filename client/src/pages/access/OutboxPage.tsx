import { MAIL_STATUSES, type MailStatus, type OutboxMessage } from '@shared/mail/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { retryMail, useOutbox } from '../../api/access';
import { SelectField } from '../../components/form/Field';
import { Page } from '../../components/Page';
import { useAction } from '../../components/useAction';
import { useStaffErrorText } from '../../components/useStaffErrorText';
import { useFormat } from '../../i18n/format';

function MessageRow({ message, onRetried }: { message: OutboxMessage; onRetried: () => void }) {
  const { t } = useTranslation('access');
  const format = useFormat();
  const { busy, error, run } = useAction(useStaffErrorText());
  const retry = () =>
    run(async () => {
      await retryMail(message.id);
      onRetried();
    });
  return (
    <tr>
      <td className="break">{message.recipient}</td>
      {/* The message is in its recipient's language, not necessarily the page's. */}
      <td lang={message.language}>
        <details>
          <summary>{message.subject}</summary>
          <pre className="break" style={{ whiteSpace: 'pre-wrap' }}>
            {message.text}
          </pre>
        </details>
      </td>
      <td>{format.date(message.createdAt)}</td>
      <td>
        <p>{t(`outbox.status.${message.status}`)}</p>
        <p className="muted">{t('outbox.attempts', { count: message.attempts })}</p>
        {message.sentAt && <p className="muted">{t('outbox.sentAt', { date: format.date(message.sentAt) })}</p>}
        {message.status === 'pending' && message.nextAttemptAt && message.attempts > 0 && (
          <p className="muted">{t('outbox.nextAttempt', { date: format.date(message.nextAttemptAt) })}</p>
        )}
        {message.lastError && <p className="muted">{t('outbox.error', { error: message.lastError })}</p>}
        {(message.status === 'failed' || (message.status === 'pending' && message.attempts > 0)) && (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void retry()}>
            {t('outbox.retry')}
          </button>
        )}
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}

/** Administrators: every message the service sends; with no SMTP server, where mail is read. */
export default function OutboxPage() {
  const { t } = useTranslation('access');
  const [status, setStatus] = useState<MailStatus | ''>('');
  const outbox = useOutbox(status);
  const view = outbox.data;
  return (
    <Page title={t('outbox.title')} className="page--wide" error={outbox.error} onRetry={outbox.reload}>
      <p>{t('outbox.intro')}</p>
      {view && !view.sending && (
        <div className="notice notice--warning" role="status">
          <p>{t('outbox.notSending')}</p>
        </div>
      )}
      <SelectField
        id="outbox-status"
        label={t('outbox.filter')}
        value={status}
        onChange={(v) => setStatus(v as MailStatus | '')}
      >
        <option value="">{t('outbox.all')}</option>
        {MAIL_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t('outbox.count', { status: t(`outbox.status.${s}`), count: view?.counts[s] ?? 0 })}
          </option>
        ))}
      </SelectField>
      {view && view.messages.length === 0 && <p>{t('outbox.empty')}</p>}
      {view && view.messages.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('outbox.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('outbox.recipient')}</th>
                <th scope="col">{t('outbox.subject')}</th>
                <th scope="col">{t('outbox.created')}</th>
                <th scope="col">{t('outbox.state')}</th>
              </tr>
            </thead>
            <tbody>
              {view.messages.map((m) => (
                <MessageRow key={m.id} message={m} onRetried={outbox.reload} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
