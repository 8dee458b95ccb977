import type { Instrument } from '@shared/instrument/schema';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { useRespondErrorText } from '../../components/useRespondErrorText';
import { ProblemList } from './ProblemList';

type Props = {
  error: ApiError;
  instrument: Instrument;
  /** Shows an indicator's question (its page, focused). */
  onGoTo: (indicatorId: string) => void;
  onRetry?: () => void;
  ref?: Ref<HTMLDivElement>;
};

/** Why sending failed, which answers need a look (each a way to its question), and that nothing was lost. */
export function SubmitError({ error, instrument, onGoTo, onRetry, ref }: Props) {
  const { t } = useTranslation('respond');
  const { summary, detail } = useRespondErrorText(error);

  return (
    <div className="notice notice--error submit-error" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="notice__title">{t('submit.errorTitle')}</h2>
      <p>{summary}</p>
      {detail && <p className="notice__detail">{detail}</p>}
      <ProblemList problems={error.problems} instrument={instrument} onGoTo={onGoTo} />
      <p>{t('submit.answersKept')}</p>
      {onRetry && (
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('submit.retry')}
        </button>
      )}
    </div>
  );
}
