import { LANGUAGES, type Language } from '@shared/instrument/text';
import type { UserView } from '@shared/users/types';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { createUser, useOrganisations, useRegions, useUsers } from '../../api/staff';
import { ErrorNotice, Loading } from '../../components/Feedback';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextField } from '../../components/form/Field';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { Page } from '../../components/Page';
import { staffPaths } from '../../lib/paths';
import type { FieldErrors } from '../../lib/problems';
import { looksLikeEmail } from '../../lib/text';
import { type ScopeValues, scopeBody, scopeErrors, UserScopeFields } from './UserScopeFields';
import { useScopeText } from './useScopeText';

const PREFIX = 'new-user';

function NewUserForm({ onCreated }: { onCreated: (user: UserView) => void }) {
  const { t } = useTranslation('staff');
  const { t: ta } = useTranslation('access');
  const regions = useRegions();
  const organisations = useOrganisations();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [language, setLanguage] = useState<Language>('fi');
  const [scope, setScope] = useState<ScopeValues>({ role: 'manager', regionCode: '', organisationIds: [] });
  const form = useFormSubmit(
    {
      name: { id: `${PREFIX}-name`, label: t('users.name') },
      email: { id: `${PREFIX}-email`, label: t('users.email') },
      language: { id: `${PREFIX}-language`, label: ta('users.language') },
      role: { id: `${PREFIX}-role`, label: t('users.role') },
      regionCode: { id: `${PREFIX}-region`, label: t('users.region') },
      organisationIds: { id: `${PREFIX}-organisations`, label: t('users.organisations') },
    },
    { email_taken: 'email' },
  );

  const validate = (): FieldErrors => ({
    ...(looksLikeEmail(email) ? {} : { email: t('users.problems.email') }),
    ...(name.trim() ? {} : { name: t('users.problems.name') }),
    ...scopeErrors(scope, t),
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await form.submit(validate, async () => {
      const user = await createUser({ email: email.trim(), name: name.trim(), language, ...scopeBody(scope) });
      setEmail('');
      setName('');
      setLanguage('fi');
      setScope({ role: 'manager', regionCode: '', organisationIds: [] });
      onCreated(user);
    });
  };

  if (regions.error || organisations.error) {
    const error = regions.error ?? organisations.error;
    return error ? <ErrorNotice error={error} /> : null;
  }
  if (!regions.data || !organisations.data) return <Loading />;
  return (
    <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <ErrorSummary items={form.summary} ref={form.summaryRef} />
      <TextField
        id={`${PREFIX}-name`}
        label={t('users.name')}
        required
        autoComplete="off"
        value={name}
        onChange={setName}
        error={form.errors.name}
      />
      <TextField
        id={`${PREFIX}-email`}
        type="email"
        label={t('users.email')}
        required
        autoComplete="off"
        spellCheck={false}
        value={email}
        onChange={setEmail}
        error={form.errors.email}
      />
      <SelectField
        id={`${PREFIX}-language`}
        label={ta('users.language')}
        hint={ta('users.invitationHint')}
        value={language}
        onChange={(value) => setLanguage(value as Language)}
        error={form.errors.language}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {ta(`languages.${l}`)}
          </option>
        ))}
      </SelectField>
      <UserScopeFields
        prefix={PREFIX}
        values={scope}
        onChange={setScope}
        errors={form.errors}
        regions={regions.data}
        organisations={organisations.data}
      />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? t('common.working') : t('users.create')}
        </button>
      </div>
    </form>
  );
}

/** Administrators: every account with its role and scope; a form to add one. */
export default function UsersPage() {
  const { t } = useTranslation('staff');
  const { t: ta } = useTranslation('access');
  const users = useUsers();
  const regions = useRegions();
  const organisations = useOrganisations();
  const scopeText = useScopeText(regions.data, organisations.data);
  const [created, setCreated] = useState<UserView>();

  return (
    <Page title={t('users.title')}>
      <section className="section" aria-labelledby="users-list-heading">
        <h2 id="users-list-heading">{t('users.listTitle')}</h2>
        <p className="form__status" role="status">
          {created && ta('users.invited', { name: created.name, email: created.email })}
        </p>
        {users.loading && <Loading />}
        {users.error && <ErrorNotice error={users.error} onRetry={users.reload} />}
        {users.data && (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t('users.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('users.name')}</th>
                  <th scope="col">{t('users.email')}</th>
                  <th scope="col">{t('users.role')}</th>
                  <th scope="col">{t('users.scope')}</th>
                  <th scope="col">{t('users.status')}</th>
                </tr>
              </thead>
              <tbody>
                {users.data.map((user) => (
                  <tr key={user.id}>
                    <th scope="row">
                      <Link to={staffPaths.user(user.id)}>{user.name}</Link>
                    </th>
                    <td className="break">{user.email}</td>
                    <td>{t(`roles.${user.role}`)}</td>
                    <td>{scopeText(user)}</td>
                    <td>
                      <span className={user.disabled ? 'badge badge--retired' : 'badge badge--published'}>
                        {user.disabled ? t('users.disabled') : t('users.active')}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="section" aria-labelledby="new-user-heading">
        <h2 id="new-user-heading">{t('users.newTitle')}</h2>
        <NewUserForm
          onCreated={(user) => {
            setCreated(user);
            users.reload();
          }}
        />
      </section>
    </Page>
  );
}
