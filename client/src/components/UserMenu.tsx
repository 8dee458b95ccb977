import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../api/session';
import { signInUrl } from '../lib/signIn';

/** The header's account corner: who is signed in and a sign-out button, or a sign-in link. */
export function UserMenu() {
  const { t } = useTranslation('staff');
  const { user, loading, signOut } = useSession();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);

  if (loading) return null;
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
