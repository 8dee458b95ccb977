import type { SessionUser } from '@shared/auth/types';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useSession } from '../api/session';
import { staffPaths } from '../lib/paths';

/** The staff pages' navigation, under the header, for a signed-in user; administrators see their pages too. */
export function StaffNav() {
  const { user } = useSession();
  // Only a signed-in user's pages need the desk's and the outbox's texts: a respondent's page never loads them.
  return user ? (
    <Suspense fallback={null}>
      <StaffLinks user={user} />
    </Suspense>
  ) : null;
}

function StaffLinks({ user }: { user: SessionUser }) {
  // All three namespaces in one wait rather than one after another.
  useTranslation(['staff', 'desk', 'access']);
  const { t } = useTranslation('staff');
  const desk = useTranslation('desk').t;
  const { t: tAccess } = useTranslation('access');
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
