import type { ErrorDetail } from '@shared/http/types';
import { numberInstrument } from '@shared/instrument/numbering';
import type { Instrument } from '@shared/instrument/schema';
import { localize } from '@shared/instrument/text';
import { type Ref, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { useRespondErrorText } from '../../components/useRespondErrorText';
import { useLanguage } from '../../i18n/useLanguage';
import { indicatorIdOf } from './progress';
import { useProblemText } from './useProblemText';

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
  const language = useLanguage();
  const { summary, detail } = useRespondErrorText(error);
  const problemText = useProblemText();
  const numbered = useMemo(() => numberInstrument(instrument), [instrument]);

  const problems = error.problems.map((problem: ErrorDetail) => {
    const id = indicatorIdOf(problem.path);
    const element = id ? numbered.get(id) : undefined;
    return {
      key: `${problem.path}:${problem.code ?? ''}`,
      id: element ? id : undefined,
      where: element ? `${element.number} ${localize(element.text, language)}` : undefined,
      message: problemText(problem),
    };
  });

  return (
    <div className="notice notice--error submit-error" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="notice__title">{t('submit.errorTitle')}</h2>
      <p>{summary}</p>
      {detail && <p className="notice__detail">{detail}</p>}
      {problems.length > 0 && (
        <ul className="submit-error__problems">
          {problems.map((p) => (
            <li key={p.key}>
              {p.id && p.where ? (
                <button type="button" className="link-button" onClick={() => onGoTo(p.id ?? '')}>
                  {p.where}
                </button>
              ) : null}
              {p.where ? ': ' : ''}
              {p.message}
            </li>
          ))}
        </ul>
      )}
      <p>{t('submit.answersKept')}</p>
      {onRetry && (
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('submit.retry')}
        </button>
      )}
    </div>
  );
}
