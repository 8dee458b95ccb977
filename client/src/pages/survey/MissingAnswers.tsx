import type { ErrorDetail } from '@shared/http/types';
import type { Instrument } from '@shared/instrument/schema';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemList } from './ProblemList';

type Props = {
  missing: readonly ErrorDetail[];
  instrument: Instrument;
  onGoTo: (indicatorId: string) => void;
  ref?: Ref<HTMLDivElement>;
};

/** Shown at "Submit" while required answers are missing: which ones, each a link to its question. */
export function MissingAnswers({ missing, instrument, onGoTo, ref }: Props) {
  const { t } = useTranslation('respond');
  return (
    <div className="notice notice--error submit-error" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="notice__title">{t('missing.title', { count: missing.length })}</h2>
      <p>{t('missing.text')}</p>
      <ProblemList problems={missing} instrument={instrument} onGoTo={onGoTo} />
    </div>
  );
}
