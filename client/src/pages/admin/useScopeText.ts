import { localize } from '@shared/instrument/text';
import type { OrganisationSummary, RegionView } from '@shared/organisations/types';
import type { UserView } from '@shared/users/types';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';

/** "Pohjois-Savo" for a coordinator, the organisations' names for a quality manager, "all" for an administrator. */
export function useScopeText(
  regions: readonly RegionView[] | undefined,
  organisations: readonly OrganisationSummary[] | undefined,
): (user: Pick<UserView, 'role' | 'regionCode' | 'organisationIds'>) => string {
  const { t } = useTranslation('staff');
  const language = useLanguage();
  return useCallback(
    (user) => {
      if (user.role === 'admin') return t('users.scopeAll');
      if (user.role === 'coordinator') {
        const region = regions?.find((r) => r.code === user.regionCode);
        return region ? localize(region.name, language) : (user.regionCode ?? '–');
      }
      const names = user.organisationIds.map((id) => organisations?.find((o) => o.id === id)?.name ?? id);
      return names.join(', ') || '–';
    },
    [t, language, regions, organisations],
  );
}
