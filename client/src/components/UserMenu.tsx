import type { SessionUser } from '@shared/auth/types';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession } from '../api/session';
import { isRespondentPath } from '../lib/paths';
import { signInUrl } from '../lib/signIn';

/**
 * The header's account corner: who is signed in and a sign-out button, or a
 * sign-in link. A respondent has no account: their pages show no sign-in link
 * (and so need none of the staff pages' texts, which load only here).
 */
export function UserMenu() {
  const { user, loading } = useSession();
  const { pathname } = useLocation();
  if (loading || (!user && isRespondentPath(pathname))) return null;
  return (
    <Suspense fallback={null}>
      <AccountCorner user={user} />
    </Suspense>
  );
}

function AccountCorner({ user }: { user: SessionUser | null }) {
  const { t } = useTranslation('staff');
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);

  if (!user) {
    return (
      <Link to={signInUrl()} className="user-menu__sign-in">
        {t('nav.signIn')}
      </Link>
    );
  }
  const onSignOut = async () => {
    setFailed(false);
    try {
      await signOut();
      navigate(signInUrl({ reason: 'signedOut' }));
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className="user-menu">
      <p className="user-menu__who">
        <span className="visually-hidden">{t('nav.signedInAs')} </span>
        <span className="user-menu__name">{user.name}</span>
        <span className="user-menu__role">{t(`roles.${user.role}`)}</span>
      </p>
      <button type="button" className="button button--secondary button--small" onClick={() => void onSignOut()}>
        {t('nav.signOut')}
      </button>
      {failed && (
        <p className="field__error" role="alert">
          {t('nav.signOutFailed')}
        </p>
      )}
    </div>
  );
}
