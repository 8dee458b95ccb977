import { LANGUAGES, type Language, localize } from '@shared/instrument/text';
import type { RegionView } from '@shared/organisations/types';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { updateRegion, useRegions } from '../../api/staff';
import { EditableRow } from '../../components/EditableRow';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { LocalizedFields, localizedId } from '../../components/form/LocalizedFields';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { Page } from '../../components/Page';
import { useLanguage } from '../../i18n/useLanguage';
import { staffPaths } from '../../lib/paths';
import type { FieldErrors } from '../../lib/problems';

type Names = Record<Language, string>;

function RegionForm({
  region,
  onSaved,
  onCancel,
}: {
  region: RegionView;
  onSaved: (r: RegionView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('staff');
  const prefix = `region-${region.code}`;
  const [names, setNames] = useState<Names>({
    fi: region.name.fi,
    sv: region.name.sv ?? '',
    en: region.name.en ?? '',
  });
  const fields = Object.fromEntries(
    LANGUAGES.map((lang) => [
      `name.${lang}`,
      { id: localizedId(prefix, lang), label: `${t('regions.name')} (${t(`languages.in.${lang}`)})` },
    ]),
  );
  const form = useFormSubmit(fields);
  useEffect(() => document.getElementById(localizedId(prefix, 'fi'))?.focus(), [prefix]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const validate = (): FieldErrors =>
      Object.fromEntries(
        LANGUAGES.filter((lang) => names[lang].trim().length < 2).map((lang) => [
          `name.${lang}`,
          t('regions.problems.name'),
        ]),
      );
    await form.submit(validate, async () => {
      const trimmed = { fi: names.fi.trim(), sv: names.sv.trim(), en: names.en.trim() };
      onSaved(await updateRegion(region.code, trimmed));
    });
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary items={form.summary} ref={form.summaryRef} />
      <LocalizedFields
        name="name"
        idPrefix={prefix}
        legend={t('regions.editLegend', { code: region.code })}
        values={names}
        onChange={setNames}
        errors={form.errors}
        required={LANGUAGES}
      />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? t('common.working') : t('regions.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function RegionRow({ region, onSaved }: { region: RegionView; onSaved: (r: RegionView) => void }) {
  const { t } = useTranslation('staff');
  const language = useLanguage();
  return (
    <EditableRow
      columns={5}
      editLabel={t('regions.edit')}
      name={localize(region.name, language)}
      cells={
        <>
          <td>{region.code}</td>
          <th scope="row" lang="fi">
            {region.name.fi}
          </th>
          <td lang="sv">{region.name.sv}</td>
          <td lang="en">{region.name.en}</td>
        </>
      }
      form={(close) => (
        <RegionForm
          region={region}
          onSaved={(saved) => {
            onSaved(saved);
            close();
          }}
          onCancel={close}
        />
      )}
    />
  );
}

/** Administrators: the regions' names in Finnish, Swedish and English. */
export default function RegionsPage() {
  const { t } = useTranslation('staff');
  const language = useLanguage();
  const loaded = useRegions();
  const [regions, setRegions] = useState<RegionView[]>();
  const [status, setStatus] = useState('');
  useEffect(() => setRegions(loaded.data), [loaded.data]);
  return (
    <Page
      title={t('regions.title')}
      breadcrumb={<Link to={staffPaths.organisations}>{t('organisations.title')}</Link>}
      loading={loaded.loading}
      error={loaded.error}
      onRetry={loaded.reload}
    >
      <p>{t('regions.intro')}</p>
      <p className="form__status" role="status">
        {status}
      </p>
      {regions && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('regions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('regions.code')}</th>
                <th scope="col">{t('languages.in.fi')}</th>
                <th scope="col">{t('languages.in.sv')}</th>
                <th scope="col">{t('languages.in.en')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('organisations.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {regions.map((region) => (
                <RegionRow
                  key={region.code}
                  region={region}
                  onSaved={(saved) => {
                    setRegions((all) => all?.map((r) => (r.code === saved.code ? saved : r)));
                    setStatus(t('regions.saved', { name: localize(saved.name, language) }));
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
