import { type Ref, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { numberInstrument } from '../../../../server/src/instrument/numbering';
import type { Instrument } from '../../../../server/src/instrument/schema';
import { localize } from '../../../../server/src/instrument/text';
import type { ApiError } from '../../api/client';
import { useErrorText } from '../../components/useErrorText';
import { useLanguage } from '../../i18n/useLanguage';

type Props = { error: ApiError; instrument: Instrument; onRetry?: () => void; ref?: Ref<HTMLDivElement> };

/** `answers.<indicator-id>[.field]` → the indicator's id. */
function indicatorIdOf(path: string): string | undefined {
  const match = /^answers\.([^.]+)/.exec(path);
  return match?.[1];
}

/** Why sending failed, which answers the server objected to, and that nothing was lost. */
export function SubmitError({ error, instrument, onRetry, ref }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { summary, detail } = useErrorText(error);
  const numbered = useMemo(() => numberInstrument(instrument), [instrument]);

  const problems = error.problems.map((problem) => {
    const id = indicatorIdOf(problem.path);
    const element = id ? numbered.get(id) : undefined;
    const where = element ? `${element.number} ${localize(element.text, language)}` : problem.path;
    return { key: `${problem.path}:${problem.code ?? ''}`, where, message: problem.message };
  });

  return (
    <div className="notice notice--error submit-error" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="notice__title">{t('survey.errorTitle')}</h2>
      <p>{summary}</p>
      {detail && <p className="notice__detail">{detail}</p>}
      {problems.length > 0 && (
        <>
          <h3 className="notice__subtitle">{t('survey.problemsTitle')}</h3>
          <ul>
            {problems.map((p) => (
              <li key={p.key}>
                <strong>{p.where}</strong>: {p.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{t('survey.answersKept')}</p>
      {onRetry && (
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('survey.resend')}
        </button>
      )}
    </div>
  );
}
