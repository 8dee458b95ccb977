import type { ReminderView } from '@shared/mail/types';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cancelReminder, scheduleReminder, useRoundReminders } from '../../../api/access';
import { ErrorNotice, Loading } from '../../../components/Feedback';
import { CheckboxField } from '../../../components/form/CheckboxField';
import { ErrorSummary } from '../../../components/form/ErrorSummary';
import { TextField } from '../../../components/form/Field';
import { useFormSubmit } from '../../../components/form/useFormSubmit';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { useAction } from '../../../components/useAction';
import { useFormat } from '../../../i18n/format';
import { closesAtToLastDay } from '../../../lib/roundDates';
import { defaultReminderInput, fromLocalInput, reminderProblem, toLocalInput } from './roundMail';
import { useMailErrorText } from './useMailErrorText';

type Props = { roundId: string; closesAt: string };

function ReminderForm({ roundId, closesAt, onScheduled }: Props & { onScheduled: (r: ReminderView) => void }) {
  const { t } = useTranslation('access');
  const format = useFormat();
  const id = useId();
  const [sendAt, setSendAt] = useState(() => defaultReminderInput(closesAt));
  const [includeMet, setIncludeMet] = useState(false);
  const form = useFormSubmit({ sendAt: { id: `${id}-send-at`, label: t('roundMail.sendAt') } });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = reminderProblem(sendAt, closesAt);
    await form.submit(
      () =>
        problem === 'missing'
          ? { sendAt: t('roundMailing.sendAtMissing') }
          : problem === 'outside'
            ? { sendAt: t('roundMail.sendAtProblem') }
            : {},
      async () => {
        const moment = fromLocalInput(sendAt) as Date;
        onScheduled(await scheduleReminder(roundId, { sendAt: moment.toISOString(), includeMet }));
        setIncludeMet(false);
      },
    );
  };
  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary items={form.summary} ref={form.summaryRef} />
      <TextField
        id={`${id}-send-at`}
        type="datetime-local"
        label={t('roundMail.sendAt')}
        hint={t('roundMailing.sendAtHint', { date: format.date(closesAtToLastDay(closesAt)) })}
        required
        min={toLocalInput(new Date())}
        max={toLocalInput(new Date(Date.parse(closesAt) - 60_000))}
        value={sendAt}
        onChange={setSendAt}
        error={form.errors.sendAt}
      />
      <CheckboxField
        id={`${id}-include-met`}
        label={t('roundMail.includeMet')}
        checked={includeMet}
        onChange={setIncludeMet}
      />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {t('roundMail.schedule')}
        </button>
      </div>
    </form>
  );
}

function ReminderRow({
  roundId,
  reminder,
  onCancelled,
}: {
  roundId: string;
  reminder: ReminderView;
  onCancelled: (r: ReminderView) => void;
}) {
  const { t } = useTranslation('access');
  const format = useFormat();
  const { busy, error, run } = useAction(useMailErrorText());
  const when = format.dateTime(reminder.sendAt);
  const cancel = () => run(async () => onCancelled(await cancelReminder(roundId, reminder.id)));
  return (
    <tr>
      <td>{when}</td>
      <td>{reminder.includeMet ? t('roundMail.toAll') : t('roundMail.toBelow')}</td>
      <td>
        {t(`roundMail.reminderStatus.${reminder.status}`)}
        {reminder.status === 'sent' && reminder.recipients !== null && (
          <span className="muted"> ({t('roundMail.recipients', { count: reminder.recipients })})</span>
        )}
      </td>
      <td>
        {reminder.status === 'scheduled' && (
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => void cancel()}>
            {t('roundMail.cancel')}
            <span className="visually-hidden"> {when}</span>
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

/** Reminders before the round closes: schedule one (by default only to organisations below the minimum), list, cancel. */
export function ReminderMail({ roundId, closesAt }: Props) {
  const { t } = useTranslation('access');
  const loaded = useRoundReminders(roundId);
  const [reminders, setReminders] = useState<ReminderView[]>();
  const [status, setStatus] = useState('');
  useEffect(() => setReminders(loaded.data), [loaded.data]);
  const replace = (changed: ReminderView) =>
    setReminders((all) =>
      [...(all ?? []).filter((r) => r.id !== changed.id), changed].sort((a, b) => a.sendAt.localeCompare(b.sendAt)),
    );
  return (
    <div className="round-mail__reminders">
      <h3>{t('roundMail.remindersTitle')}</h3>
      <p>{t('roundMail.reminderIntro')}</p>
      <ReminderForm
        roundId={roundId}
        closesAt={closesAt}
        onScheduled={(reminder) => {
          replace(reminder);
          setStatus(t('roundMail.scheduled'));
        }}
      />
      <p className="form__status" role="status">
        {status}
      </p>
      {loaded.error && <ErrorNotice error={loaded.error} onRetry={loaded.reload} />}
      {loaded.loading && <Loading />}
      {reminders && reminders.length === 0 && <p>{t('roundMail.noReminders')}</p>}
      {reminders && reminders.length > 0 && (
        <ScrollRegion label={t('roundMailing.remindersCaption')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('roundMailing.remindersCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('roundMailing.when')}</th>
                <th scope="col">{t('roundMailing.toWhom')}</th>
                <th scope="col">{t('roundMailing.state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('roundMailing.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {reminders.map((reminder) => (
                <ReminderRow
                  key={reminder.id}
                  roundId={roundId}
                  reminder={reminder}
                  onCancelled={(cancelled) => {
                    replace(cancelled);
                    setStatus(t('roundMailing.cancelled'));
                  }}
                />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </div>
  );
}
