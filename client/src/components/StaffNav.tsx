import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../api/session';
import { staffPaths } from '../lib/paths';

/** The staff pages' navigation, under the header, for a signed-in user; administrators see their pages too. */
export function StaffNav() {
  const { t } = useTranslation('staff');
  const desk = useTranslation('desk').t;
  const { t: tAccess } = useTranslation('access');
  const { user } = useSession();
  if (!user) return null;
  const links = [
    { to: staffPaths.home, label: t('nav.rounds') },
    { to: staffPaths.participation, label: desk('nav.participation') },
    ...(user.role === 'admin'
      ? [
          { to: staffPaths.instruments, label: t('nav.instruments') },
          { to: staffPaths.organisations, label: t('nav.organisations') },
          { to: staffPaths.users, label: t('nav.users') },
          { to: staffPaths.audit, label: t('nav.audit') },
          { to: staffPaths.outbox, label: tAccess('outbox.title') },
        ]
      : []),
  ];
  return (
    <div className="staff-nav">
      <nav className="staff-nav__inner" aria-label={t('nav.label')}>
        <ul className="staff-nav__list">
          {links.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to} className="staff-nav__link">
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
