import { LANGUAGES } from '@shared/instrument/text';
import type { OrganisationDetail, OrganisationListItem, RegionView } from '@shared/organisations/types';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { createOrganisation, updateOrganisation, useOrganisation, useOrganisations, useRegions } from '../../api/staff';
import { EditableRow } from '../../components/EditableRow';
import { ErrorNotice, Loading } from '../../components/Feedback';
import { LocalName, useNameText } from '../../components/LocalName';
import { Page } from '../../components/Page';
import { useLanguage } from '../../i18n/useLanguage';
import { staffPaths } from '../../lib/paths';
import { groupByRegion } from '../../lib/scope';
import { OrganisationForm } from './OrganisationForm';
import { NEW_ORGANISATION, toInput, toListItem } from './organisationValues';

type RowProps = {
  organisation: OrganisationListItem;
  regions: readonly RegionView[];
  onSaved: (organisation: OrganisationDetail) => void;
};

/** The edit form of one organisation, with its contact read from its detail (the list carries none). */
function EditOrganisation({ organisation, regions, onSaved, close }: RowProps & { close: () => void }) {
  const { t } = useTranslation('staff');
  const detail = useOrganisation(organisation.id);
  if (detail.error) return <ErrorNotice error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <Loading />;
  return (
    <OrganisationForm
      prefix={`org-${organisation.id}`}
      regions={regions}
      initial={{ ...detail.data, contactEmail: detail.data.contactEmail ?? '' }}
      submitLabel={t('organisations.save')}
      onSubmit={async (values) => {
        onSaved(await updateOrganisation(organisation.id, toInput(values)));
        close();
      }}
      onCancel={close}
    />
  );
}

function OrganisationRow({ organisation, regions, onSaved }: RowProps) {
  const { t } = useTranslation('staff');
  const { t: tAccess } = useTranslation('access');
  const nameText = useNameText();
  const others = LANGUAGES.filter((lang) => organisation.name[lang]);
  return (
    <EditableRow
      columns={4}
      editLabel={t('organisations.edit')}
      name={nameText(organisation.name, organisation.language)}
      cells={
        <>
          <th scope="row">
            <LocalName name={organisation.name} own={organisation.language} />
            {others.length > 1 && (
              <span className="muted organisation-names">
                {others.map((lang) => (
                  <span key={lang} lang={lang}>
                    {organisation.name[lang]}
                  </span>
                ))}
              </span>
            )}
          </th>
          <td>
            {organisation.language
              ? t(`languages.name.${organisation.language}`)
              : t('organisationNames.browserLanguage')}
          </td>
          <td>
            {organisation.hasContact ? tAccess('organisationContact.has') : tAccess('organisationContact.missing')}
          </td>
        </>
      }
      form={(close) => (
        <EditOrganisation organisation={organisation} regions={regions} onSaved={onSaved} close={close} />
      )}
    />
  );
}

/** Administrators: the organisations by region; add, rename, move to another region, set the contact for round mail. */
export default function OrganisationsPage() {
  const { t } = useTranslation('staff');
  const { t: tAccess } = useTranslation('access');
  const language = useLanguage();
  const organisations = useOrganisations();
  const nameText = useNameText();
  const regions = useRegions();
  const [status, setStatus] = useState('');
  // A local copy: creating or saving one organisation updates it in place, without reloading the page's forms.
  const [list, setList] = useState<OrganisationListItem[]>();
  useEffect(() => setList(organisations.data), [organisations.data]);
  const groups = useMemo(() => groupByRegion(list ?? [], language), [list, language]);

  const error = organisations.error ?? regions.error;
  return (
    <Page
      title={t('organisations.title')}
      loading={organisations.loading || regions.loading}
      error={error}
      onRetry={() => {
        organisations.reload();
        regions.reload();
      }}
    >
      <p>
        <Link to={staffPaths.regions}>{t('organisations.regionsLink')}</Link>
      </p>
      <p className="form__status" role="status">
        {status}
      </p>
      {regions.data && list && (
        <>
          <section className="section" aria-labelledby="new-org-heading">
            <h2 id="new-org-heading">{t('organisations.newTitle')}</h2>
            <OrganisationForm
              prefix="new-org"
              regions={regions.data}
              initial={NEW_ORGANISATION}
              submitLabel={t('organisations.create')}
              onSubmit={async (values) => {
                const created = await createOrganisation(toInput(values));
                setStatus(t('organisations.created', { name: nameText(created.name, created.language) }));
                setList((all) => [...(all ?? []), toListItem(created)]);
              }}
            />
          </section>
          <section className="section" aria-labelledby="org-list-heading">
            <h2 id="org-list-heading">{t('organisations.listTitle', { size: list.length })}</h2>
            {groups.map((group) => (
              <div key={group.code} className="table-scroll">
                <table className="data-table">
                  <caption>
                    {group.name} ({group.code})
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('organisations.name')}</th>
                      <th scope="col">{t('organisationNames.linkLanguage')}</th>
                      <th scope="col">{tAccess('organisationContact.column')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('organisations.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {group.organisations.map((organisation) => (
                      <OrganisationRow
                        key={organisation.id}
                        organisation={organisation}
                        regions={regions.data ?? []}
                        onSaved={(saved) => {
                          setStatus(t('organisations.saved', { name: nameText(saved.name, saved.language) }));
                          setList((all) => all?.map((o) => (o.id === saved.id ? toListItem(saved) : o)));
                        }}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
            ))}
          </section>
        </>
      )}
    </Page>
  );
}
