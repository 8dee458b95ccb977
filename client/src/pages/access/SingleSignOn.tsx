import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SSO_SIGN_OUT, SSO_START, useSignInOptions } from '../../api/access';

/**
 * On the sign-in page: the organisation's single sign-on (when configured),
 * what came of the last attempt, the provider's sign-out after signing out,
 * and the way to a forgotten password.
 */
export function SingleSignOn() {
  const { t } = useTranslation('access');
  const [params] = useSearchParams();
  const options = useSignInOptions();
  const outcome = params.get('sso');
  const sso = options.data?.singleSignOn;
  const signedOut = params.get('reason') === 'signedOut' || params.get('signedOut') === '1';
  return (
    <>
      {(outcome === 'failed' || outcome === 'no_access') && (
        <div className="notice notice--warning" role="status">
          <p>{t(outcome === 'failed' ? 'sso.failed' : 'sso.noAccess')}</p>
        </div>
      )}
      {sso && (
        <div className="section">
          <a className="button button--primary" href={SSO_START}>
            {sso.name ? t('sso.signInNamed', { name: sso.name }) : t('sso.signIn')}
          </a>
          {signedOut && (
            <p>
              <a href={SSO_SIGN_OUT}>{t('sso.providerSignOut')}</a>
            </p>
          )}
          <p className="muted">{t('sso.or')}</p>
        </div>
      )}
    </>
  );
}

export function ForgotPasswordLink() {
  const { t } = useTranslation('access');
  return (
    <p>
      <Link to="/forgot-password">{t('password.forgot')}</Link>
    </p>
  );
}
