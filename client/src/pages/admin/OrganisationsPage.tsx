import type { Names } from '@shared/i18n/names.shared';
import { LANGUAGES, type Language, localize } from '@shared/instrument/text';
import type { OrganisationSummary, RegionView } from '@shared/organisations/types';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { createOrganisation, updateOrganisation, useOrganisations, useRegions } from '../../api/staff';
import { EditableRow } from '../../components/EditableRow';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField } from '../../components/form/Field';
import { LanguageSelect } from '../../components/form/LanguageSelect';
import { LocalizedFields, type LocalizedValues, localizedId } from '../../components/form/LocalizedFields';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { LocalName, useNameText } from '../../components/LocalName';
import { Page } from '../../components/Page';
import { useLanguage } from '../../i18n/useLanguage';
import { staffPaths } from '../../lib/paths';
import { groupByRegion } from '../../lib/scope';

type FormValues = { name: Names; regionCode: string; language: Language | null };

type FormProps = {
  prefix: string;
  regions: readonly RegionView[];
  initial: FormValues;
  submitLabel: string;
  onSubmit: (values: FormValues) => Promise<void>;
  onCancel?: () => void;
};

const toFields = (name: Names): LocalizedValues => ({ fi: name.fi ?? '', sv: name.sv ?? '', en: name.en ?? '' });

/** Names, region and link language of an organisation: the create form and each row's edit form. */
function OrganisationForm({ prefix, regions, initial, submitLabel, onSubmit, onCancel }: FormProps) {
  const { t } = useTranslation('staff');
  const language = useLanguage();
  const [names, setNames] = useState(() => toFields(initial.name));
  const [regionCode, setRegionCode] = useState(initial.regionCode);
  const [linkLanguage, setLinkLanguage] = useState<Language | ''>(initial.language ?? '');
  const form = useFormSubmit({
    'name.fi': { id: localizedId(`${prefix}-name`, 'fi'), label: t('languages.in.fi') },
    'name.sv': { id: localizedId(`${prefix}-name`, 'sv'), label: t('languages.in.sv') },
    'name.en': { id: localizedId(`${prefix}-name`, 'en'), label: t('languages.in.en') },
    regionCode: { id: `${prefix}-region`, label: t('organisations.region') },
    language: { id: `${prefix}-language`, label: t('organisationNames.linkLanguage') },
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = { fi: names.fi.trim(), sv: names.sv.trim(), en: names.en.trim() };
    const short = LANGUAGES.filter((lang) => trimmed[lang].length === 1);
    const ok = await form.submit(
      () => ({
        ...Object.fromEntries(short.map((lang) => [`name.${lang}`, t('organisations.problems.name')])),
        ...(trimmed.fi || trimmed.sv ? {} : { 'name.fi': t('organisationNames.problems.finnishOrSwedish') }),
        ...(linkLanguage && !trimmed[linkLanguage]
          ? { [`name.${linkLanguage}`]: t('organisationNames.problems.ownLanguage') }
          : {}),
        ...(regionCode ? {} : { regionCode: t('organisations.problems.region') }),
      }),
      () =>
        onSubmit({
          name: Object.fromEntries(LANGUAGES.filter((lang) => trimmed[lang]).map((lang) => [lang, trimmed[lang]])),
          regionCode,
          language: linkLanguage || null,
        }),
    );
    if (ok && !onCancel) {
      setNames(toFields({}));
      setRegionCode('');
      setLinkLanguage('');
    }
  };
  return (
    <form className="form form--inline" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary items={form.summary} ref={form.summaryRef} />
      <LocalizedFields
        name="name"
        idPrefix={`${prefix}-name`}
        legend={t('organisations.name')}
        hint={t('organisationNames.hint')}
        values={names}
        onChange={setNames}
        errors={form.errors}
        required={linkLanguage ? [linkLanguage] : []}
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
      <LanguageSelect
        id={`${prefix}-language`}
        label={t('organisationNames.linkLanguage')}
        hint={t('organisationNames.linkLanguageHint')}
        value={linkLanguage}
        onChange={setLinkLanguage}
        error={form.errors.language}
        noneLabel={t('organisationNames.browserLanguage')}
      />
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
  const nameText = useNameText();
  const others = LANGUAGES.filter((lang) => organisation.name[lang]);
  return (
    <EditableRow
      columns={3}
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
        </>
      }
      form={(close) => (
        <OrganisationForm
          prefix={`org-${organisation.id}`}
          regions={regions}
          initial={organisation}
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
  const nameText = useNameText();
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
              initial={{ name: {}, regionCode: '', language: null }}
              submitLabel={t('organisations.create')}
              onSubmit={async (values) => {
                const created = await createOrganisation(values);
                setStatus(t('organisations.created', { name: nameText(created.name, created.language) }));
                setList((all) => [...(all ?? []), created]);
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
