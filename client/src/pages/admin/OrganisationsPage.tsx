import { localize } from '@shared/instrument/text';
import type { OrganisationSummary, RegionView } from '@shared/organisations/types';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { createOrganisation, updateOrganisation, useOrganisations, useRegions } from '../../api/staff';
import { EditableRow } from '../../components/EditableRow';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextField } from '../../components/form/Field';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { Page } from '../../components/Page';
import { useLanguage } from '../../i18n/useLanguage';
import { staffPaths } from '../../lib/paths';
import { groupByRegion } from '../../lib/scope';

type FormProps = {
  prefix: string;
  regions: readonly RegionView[];
  initial: { name: string; regionCode: string };
  submitLabel: string;
  onSubmit: (values: { name: string; regionCode: string }) => Promise<void>;
  onCancel?: () => void;
};

/** Name and region of an organisation: the create form and each row's edit form. */
function OrganisationForm({ prefix, regions, initial, submitLabel, onSubmit, onCancel }: FormProps) {
  const { t } = useTranslation('staff');
  const language = useLanguage();
  const [name, setName] = useState(initial.name);
  const [regionCode, setRegionCode] = useState(initial.regionCode);
  const form = useFormSubmit({
    name: { id: `${prefix}-name`, label: t('organisations.name') },
    regionCode: { id: `${prefix}-region`, label: t('organisations.region') },
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await form.submit(
      () => ({
        ...(name.trim().length >= 2 ? {} : { name: t('organisations.problems.name') }),
        ...(regionCode ? {} : { regionCode: t('organisations.problems.region') }),
      }),
      () => onSubmit({ name: name.trim(), regionCode }),
    );
    if (ok && !onCancel) {
      setName('');
      setRegionCode('');
    }
  };
  return (
    <form className="form form--inline" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary items={form.summary} ref={form.summaryRef} />
      <TextField
        id={`${prefix}-name`}
        label={t('organisations.name')}
        required
        value={name}
        onChange={setName}
        error={form.errors.name}
        autoFocus={Boolean(onCancel)}
      />
      <SelectField
        id={`${prefix}-region`}
        label={t('organisations.region')}
        required
        value={regionCode}
        onChange={setRegionCode}
        error={form.errors.regionCode}
      >
        <option value="">{t('organisations.regionPlaceholder')}</option>
        {regions.map((region) => (
          <option key={region.code} value={region.code}>
            {localize(region.name, language)} ({region.code})
          </option>
        ))}
      </SelectField>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? t('common.working') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

type RowProps = {
  organisation: OrganisationSummary;
  regions: readonly RegionView[];
  onSaved: (organisation: OrganisationSummary) => void;
};

function OrganisationRow({ organisation, regions, onSaved }: RowProps) {
  const { t } = useTranslation('staff');
  return (
    <EditableRow
      columns={2}
      editLabel={t('organisations.edit')}
      name={organisation.name}
      cells={<th scope="row">{organisation.name}</th>}
      form={(close) => (
        <OrganisationForm
          prefix={`org-${organisation.id}`}
          regions={regions}
          initial={{ name: organisation.name, regionCode: organisation.regionCode }}
          submitLabel={t('organisations.save')}
          onSubmit={async (values) => {
            onSaved(await updateOrganisation(organisation.id, values));
            close();
          }}
          onCancel={close}
        />
      )}
    />
  );
}

/** Administrators: the organisations by region; add, rename, move to another region. */
export default function OrganisationsPage() {
  const { t } = useTranslation('staff');
  const language = useLanguage();
  const organisations = useOrganisations();
  const regions = useRegions();
  const [status, setStatus] = useState('');
  // A local copy: creating or saving one organisation updates it in place, without reloading the page's forms.
  const [list, setList] = useState<OrganisationSummary[]>();
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
              initial={{ name: '', regionCode: '' }}
              submitLabel={t('organisations.create')}
              onSubmit={async (values) => {
                const created = await createOrganisation(values);
                setStatus(t('organisations.created', { name: created.name }));
                setList((all) => [...(all ?? []), created]);
              }}
            />
          </section>
          <section className="section" aria-labelledby="org-list-heading">
            <h2 id="org-list-heading">{t('organisations.listTitle', { count: list.length })}</h2>
            {groups.map((group) => (
              <div key={group.code} className="table-scroll">
                <table className="data-table">
                  <caption>
                    {group.name} ({group.code})
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('organisations.name')}</th>
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
                          setStatus(t('organisations.saved', { name: saved.name }));
                          setList((all) => all?.map((o) => (o.id === saved.id ? saved : o)));
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
