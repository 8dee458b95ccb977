/** The form of one organisation: names, region, link language and the contact for round mail. */
import type { Names } from '@shared/i18n/names.shared';
import { LANGUAGES, type Language, localize } from '@shared/instrument/text';
import type { RegionView } from '@shared/organisations/types';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/form/ErrorSummary';
import { SelectField, TextField } from '../../components/form/Field';
import { LanguageSelect } from '../../components/form/LanguageSelect';
import { LocalizedFields, type LocalizedValues, localizedId } from '../../components/form/LocalizedFields';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { useLanguage } from '../../i18n/useLanguage';
import { looksLikeEmail } from '../../lib/text';
import type { FormValues } from './organisationValues';

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
export function OrganisationForm({ prefix, regions, initial, submitLabel, onSubmit, onCancel }: FormProps) {
  const { t } = useTranslation('staff');
  const { t: tAccess } = useTranslation('access');
  const language = useLanguage();
  const [names, setNames] = useState(() => toFields(initial.name));
  const [contactEmail, setContactEmail] = useState(initial.contactEmail);
  const [contactLanguage, setContactLanguage] = useState<Language | ''>(initial.contactLanguage);
  const [regionCode, setRegionCode] = useState(initial.regionCode);
  const [linkLanguage, setLinkLanguage] = useState<Language | ''>(initial.language ?? '');
  const form = useFormSubmit({
    'name.fi': { id: localizedId(`${prefix}-name`, 'fi'), label: t('languages.in.fi') },
    'name.sv': { id: localizedId(`${prefix}-name`, 'sv'), label: t('languages.in.sv') },
    'name.en': { id: localizedId(`${prefix}-name`, 'en'), label: t('languages.in.en') },
    regionCode: { id: `${prefix}-region`, label: t('organisations.region') },
    language: { id: `${prefix}-language`, label: t('organisationNames.linkLanguage') },
    contactEmail: { id: `${prefix}-contact-email`, label: tAccess('contact.email') },
    contactLanguage: { id: `${prefix}-contact-language`, label: tAccess('contact.language') },
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
        ...(contactEmail.trim() && !looksLikeEmail(contactEmail)
          ? { contactEmail: tAccess('organisationContact.emailProblem') }
          : {}),
      }),
      () =>
        onSubmit({
          name: Object.fromEntries(LANGUAGES.filter((lang) => trimmed[lang]).map((lang) => [lang, trimmed[lang]])),
          regionCode,
          language: linkLanguage || null,
          contactEmail: contactEmail.trim(),
          contactLanguage,
        }),
    );
    if (ok && !onCancel) {
      setNames(toFields({}));
      setRegionCode('');
      setLinkLanguage('');
      setContactEmail('');
      setContactLanguage('');
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
      <fieldset className="fieldset fieldset--plain">
        <legend className="fieldset__legend">{tAccess('organisationContact.legend')}</legend>
        <TextField
          id={`${prefix}-contact-email`}
          type="email"
          autoComplete="off"
          label={tAccess('contact.email')}
          hint={tAccess('contact.emailHint')}
          value={contactEmail}
          onChange={setContactEmail}
          error={form.errors.contactEmail}
        />
        <LanguageSelect
          id={`${prefix}-contact-language`}
          label={tAccess('contact.language')}
          hint={tAccess('organisationContact.languageHint')}
          value={contactLanguage}
          onChange={setContactLanguage}
          error={form.errors.contactLanguage}
          noneLabel={tAccess('organisationContact.languageDefault')}
        />
      </fieldset>
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
