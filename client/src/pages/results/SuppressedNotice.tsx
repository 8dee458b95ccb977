import type { OrganisationResults } from '@shared/results/types';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Feedback';

/** Why a report shows no figures: fewer people answered than the minimum. */
export function SuppressedNotice({ results }: { results: OrganisationResults }) {
  const { t } = useTranslation('results');
  const count = results.minGroupSize;
  return (
    <Notice kind="info" title={t('suppressed.title')}>
      <p>{t('suppressed.small', { count, responses: results.responses })}</p>
      <p>{t('suppressed.smallWhy')}</p>
    </Notice>
  );
}
