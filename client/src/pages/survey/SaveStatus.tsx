import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useRespondErrorText } from '../../components/useRespondErrorText';
import { useFormat } from '../../i18n/format';
import type { SaveStatus as Status } from './autosave';

const TONE: Record<Status['kind'], 'quiet' | 'ok' | 'warning' | 'error'> = {
  idle: 'quiet',
  pending: 'quiet',
  saving: 'quiet',
  saved: 'ok',
  offline: 'warning',
  retrying: 'warning',
  invalid: 'error',
  conflict: 'warning',
  failed: 'error',
  submitted: 'ok',
};

const noError = new ApiError(0, 'unknown', '');

/** Where the answers are: saving, saved at what time, kept on this device while offline, or what went wrong. */
export function SaveStatus({ status }: { status: Status }) {
  const { t } = useTranslation('respond');
  const format = useFormat();
  const failure = useRespondErrorText(status.kind === 'failed' ? status.error : noError);

  let text: string;
  switch (status.kind) {
    case 'idle':
      text = t('save.idle');
      break;
    case 'pending':
    case 'saving':
      text = t('save.saving');
      break;
    case 'saved':
      text = t('save.saved', { time: format.time(status.at) });
      break;
    case 'offline':
      text = t('save.offline');
      break;
    case 'retrying':
      // 503: the server is up but its database is not; the answers wait on this device.
      text = status.error.status === 503 ? t('serviceBack.save') : t('save.retrying');
      break;
    case 'invalid':
      text = t('save.invalid');
      break;
    case 'conflict':
      text = t('save.conflict');
      break;
    case 'failed':
      text = `${failure.summary} ${t('save.keptHere')}`;
      break;
    case 'submitted':
      text = t('save.submitted');
      break;
  }

  return (
    <p className={`save-status save-status--${TONE[status.kind]}`} role="status" aria-live="polite">
      <span className="save-status__icon" aria-hidden="true" />
      {text}
    </p>
  );
}
