import type { Role } from '@shared/auth/types';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/session';
import { signInUrl } from '../lib/signIn';
import { ErrorNotice, Loading } from './Feedback';
import { Page } from './Page';

function Forbidden() {
  const { t } = useTranslation('staff');
  return (
    <Page title={t('forbidden.title')} className="page--narrow">
      <p>{t('forbidden.text')}</p>
    </Page>
  );
}

/**
 * The staff pages' gate: a visitor who is not signed in is sent to sign in
 * (and brought back), a user without one of `roles` is told so.
 */
export function RequireStaff({ roles }: { roles?: readonly Role[] }) {
  const session = useSession();
  const location = useLocation();
  if (session.loading) return <Loading />;
  if (session.error) return <ErrorNotice error={session.error} onRetry={() => void session.refresh()} />;
  if (!session.user) {
    const reason = session.ended ?? 'required';
    // After signing out, signing in again starts from the staff home page.
    const next = reason === 'signedOut' ? undefined : location.pathname + location.search;
    return <Navigate to={signInUrl({ reason, next })} replace />;
  }
  if (roles && !roles.includes(session.user.role)) return <Forbidden />;
  return <Outlet />;
}
