import type { UserView } from '@shared/users/types';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { toApiError } from '../../api/client';
import { useSession } from '../../api/session';
import { inviteUser, updateUser, useOrganisations, useRegions, useUser } from '../../api/staff';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice, Loading } from '../../components/Feedback';
import { CheckboxField } from '../../components/form/CheckboxField';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { TextField } from '../../components/form/Field';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { Page } from '../../components/Page';
import { useStaffErrorText } from '../../components/useStaffErrorText';
import { useFormat } from '../../i18n/format';
import { staffPaths } from '../../lib/paths';
import { type ScopeValues, scopeBody, scopeErrors, UserScopeFields } from './UserScopeFields';

type EditProps = { user: UserView; onSaved: (user: UserView) => void };

function ProfileForm({ user, onSaved }: EditProps) {
  const { t } = useTranslation('staff');
  const prefix = 'edit-user';
  const regions = useRegions();
  const organisations = useOrganisations();
  const [name, setName] = useState(user.name);
  const [scope, setScope] = useState<ScopeValues>({
    role: user.role,
    regionCode: user.regionCode ?? '',
    organisationIds: user.organisationIds,
  });
  const [saved, setSaved] = useState(false);
  const form = useFormSubmit({
    name: { id: `${prefix}-name`, label: t('users.name') },
    role: { id: `${prefix}-role`, label: t('users.role') },
    regionCode: { id: `${prefix}-region`, label: t('users.region') },
    organisationIds: { id: `${prefix}-organisations`, label: t('users.organisations') },
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const ok = await form.submit(
      () => ({ ...(name.trim() ? {} : { name: t('users.problems.name') }), ...scopeErrors(scope, t) }),
      async () => onSaved(await updateUser(user.id, { name: name.trim(), ...scopeBody(scope) })),
    );
    setSaved(ok);
  };

  const loadError = regions.error ?? organisations.error;
  if (loadError) return <ErrorNotice error={loadError} />;
  if (!regions.data || !organisations.data) return <Loading />;
  return (
    <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary items={form.summary} ref={form.summaryRef} />
      <TextField
        id={`${prefix}-name`}
        label={t('users.name')}
        required
        value={name}
        onChange={setName}
        error={form.errors.name}
      />
      <UserScopeFields
        prefix={prefix}
        values={scope}
        onChange={setScope}
        errors={form.errors}
        regions={regions.data}
        organisations={organisations.data}
      />
      <p className="field__hint">{t('users.sessionsEndHint')}</p>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? t('common.working') : t('users.save')}
        </button>
      </div>
      <p className="form__status" role="status">
        {saved && t('users.saved')}
      </p>
    </form>
  );
}

/** How the account signs in: whether a password may be used, and a mailed link to set one. */
function SignInSettings({ user, onSaved }: EditProps) {
  const { t } = useTranslation('access');
  const errorText = useStaffErrorText();
  const [passwordLogin, setPasswordLogin] = useState(user.passwordLogin);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const run = async (action: () => Promise<UserView>, done: (saved: UserView) => string) => {
    setBusy(true);
    setStatus(undefined);
    setError(undefined);
    try {
      const saved = await action();
      onSaved(saved);
      setStatus(done(saved));
    } catch (caught) {
      setError(errorText(toApiError(caught)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <ul>
        {user.awaitingRole && <li>{t('users.awaitingRole')}</li>}
        <li>{user.hasPassword ? t('users.hasPassword') : t('users.noPassword')}</li>
        {user.singleSignOn && <li>{t('users.singleSignOn')}</li>}
      </ul>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void run(
            () => updateUser(user.id, { passwordLogin }),
            () => t('users.signInSaved'),
          );
        }}
      >
        <CheckboxField
          id="password-login"
          label={t('users.passwordLogin')}
          hint={t('users.passwordLoginHint')}
          checked={passwordLogin}
          onChange={setPasswordLogin}
        />
        <div className="actions">
          <button type="submit" className="button button--secondary" disabled={busy}>
            {t('users.saveSignIn')}
          </button>
          {user.passwordLogin && !user.disabled && (
            <button
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() =>
                void run(
                  () => inviteUser(user.id),
                  (saved) => t('users.linkSent', { email: saved.email }),
                )
              }
            >
              {t('users.sendLink')}
            </button>
          )}
        </div>
      </form>
      <p className="form__status" role="status">
        {status}
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

function AccountStatus({ user, onSaved }: EditProps) {
  const { t } = useTranslation('staff');
  const { user: me } = useSession();
  const errorText = useStaffErrorText();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const self = me?.id === user.id;

  const change = async (disabled: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      onSaved(await updateUser(user.id, { disabled }));
      setConfirming(false);
    } catch (caught) {
      setError(errorText(toApiError(caught)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>
        {t('users.status')}:{' '}
        <span className={user.disabled ? 'badge badge--retired' : 'badge badge--published'}>
          {user.disabled ? t('users.disabled') : t('users.active')}
        </span>
      </p>
      {self ? (
        <p className="muted">{t('users.cannotDisableSelf')}</p>
      ) : user.disabled ? (
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void change(false)}>
          {t('users.enable')}
        </button>
      ) : (
        <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
          {t('users.disable')}
        </button>
      )}
      {error && !confirming && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={t('users.disableTitle', { name: user.name })}
        confirmLabel={t('users.disable')}
        danger
        busy={busy}
        error={error}
        onConfirm={() => void change(true)}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('users.disableText')}</p>
      </ConfirmDialog>
    </>
  );
}

/** One account: name, role and scope; enabled or disabled; how they sign in. */
export default function UserPage() {
  const { t } = useTranslation('staff');
  const { t: tAccess } = useTranslation('access');
  const format = useFormat();
  const { userId } = useParams();
  const loaded = useUser(userId);
  const [user, setUser] = useState<UserView>();
  useEffect(() => setUser(loaded.data), [loaded.data]);

  return (
    <Page
      title={user?.name ?? t('users.userTitle')}
      documentTitle={user?.name ?? t('users.title')}
      className="page--form"
      breadcrumb={<Link to={staffPaths.users}>{t('users.title')}</Link>}
      loading={loaded.loading}
      error={loaded.error}
      onRetry={loaded.reload}
    >
      {user && (
        <>
          <p className="muted">
            {user.email} · {t('users.createdAt', { date: format.date(user.createdAt) })}
          </p>
          <section className="section" aria-labelledby="profile-heading">
            <h2 id="profile-heading">{t('users.profileTitle')}</h2>
            <ProfileForm key={user.id} user={user} onSaved={setUser} />
          </section>
          <section className="section" aria-labelledby="status-heading">
            <h2 id="status-heading">{t('users.statusTitle')}</h2>
            <AccountStatus user={user} onSaved={setUser} />
          </section>
          <section className="section" aria-labelledby="password-heading">
            <h2 id="password-heading">{tAccess('users.signInTitle')}</h2>
            <SignInSettings key={`${user.id}-${user.passwordLogin}`} user={user} onSaved={setUser} />
          </section>
        </>
      )}
    </Page>
  );
}
