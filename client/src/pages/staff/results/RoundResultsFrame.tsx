import { localize } from '@shared/instrument/text';
import type { RoundDetail } from '@shared/rounds/types';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiState } from '../../../api/hooks';
import { Page } from '../../../components/Page';
import { usePrintDetails } from '../../../components/usePrintDetails';
import { useLanguage } from '../../../i18n/useLanguage';
import { staffPaths } from '../../../lib/paths';

type Props<T> = {
  title: string;
  round: ApiState<RoundDetail>;
  results: ApiState<T>;
  /** The page once the round and its results have both arrived. */
  children: (round: RoundDetail, results: T) => ReactNode;
};

/** A round's results across organisations: the round as breadcrumb and subtitle, and both loads' state. */
export function RoundResultsFrame<T>({ title, round, results, children }: Props<T>) {
  const { t } = useTranslation('results');
  const language = useLanguage();
  usePrintDetails();
  const roundName = round.data && localize(round.data.name, language);
  return (
    <Page
      title={title}
      className="page--wide"
      breadcrumb={round.data && <Link to={staffPaths.round(round.data.id)}>{roundName}</Link>}
      sub={round.data && <p className="page-heading__sub">{roundName}</p>}
      loading={round.loading || results.loading}
      error={round.error ?? results.error}
      errorTitle={t('heatmap.loadTitle')}
      onRetry={() => {
        round.reload();
        results.reload();
      }}
    >
      {round.data && results.data && children(round.data, results.data)}
    </Page>
  );
}
