import type { OrganisationResults } from '@shared/results/types';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Feedback';

/** Why a report shows no figures: too few responses, or protecting another small organisation. */
export function SuppressedNotice({ results }: { results: OrganisationResults }) {
  const { t } = useTranslation('results');
  const count = results.minGroupSize;
  return (
    <Notice kind="info" title={t('suppressed.title')}>
      {results.suppressedReason === 'complementary' ? (
        <>
          <p>{t('suppressed.complementary')}</p>
          <p>{t('suppressed.complementaryWhy', { count })}</p>
        </>
      ) : (
        <>
          <p>{t('suppressed.small', { count, responses: results.responses })}</p>
          <p>{t('suppressed.smallWhy')}</p>
        </>
      )}
    </Notice>
  );
}
