import type { SessionUser } from '@shared/auth/types';
import type { RoundDetail } from '@shared/rounds/types';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n/useLanguage';
import { staffPaths } from '../../../lib/paths';
import { groupByRegion } from '../../../lib/scope';

/** The round's comparison views the user may open: the coordinator's region; every region and the country for admins. */
export function RoundResultsLinks({ round, user }: { round: RoundDetail; user: SessionUser }) {
  const { t } = useTranslation('results');
  const language = useLanguage();
  if (user.role === 'manager') return null;
  const regions = groupByRegion(round.organisations, language).filter(
    (region) => user.role === 'admin' || region.code === user.regionCode,
  );
  return (
    <section className="section" aria-labelledby="round-results-heading">
      <h2 id="round-results-heading">{t('staff.resultsTitle')}</h2>
      <ul className="link-list">
        {user.role === 'admin' && (
          <li>
            <Link to={staffPaths.countryResults(round.id)}>{t('staff.countryResults')}</Link>
          </li>
        )}
        {regions.map((region) => (
          <li key={region.code}>
            <Link to={staffPaths.regionResults(round.id, region.code)}>
              {t('staff.regionResults', { region: `${region.code} ${region.name}` })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
