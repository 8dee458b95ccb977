import { ROLES, type Role } from '@shared/auth/types';
import { localize } from '@shared/instrument/text';
import type { OrganisationSummary, RegionView } from '@shared/organisations/types';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/form/Field';
import { OrganisationPicker } from '../../components/OrganisationPicker';
import { useLanguage } from '../../i18n/useLanguage';
import type { FieldErrors } from '../../lib/problems';

export type ScopeValues = { role: Role; regionCode: string; organisationIds: string[] };

type Props = {
  prefix: string;
  values: ScopeValues;
  onChange: (values: ScopeValues) => void;
  errors: FieldErrors;
  regions: readonly RegionView[];
  organisations: readonly OrganisationSummary[];
};

/** A user's role and what it covers: a coordinator's region, a quality manager's organisations. */
export function UserScopeFields({ prefix, values, onChange, errors, regions, organisations }: Props) {
  const { t } = useTranslation('staff');
  const language = useLanguage();
  return (
    <>
      <SelectField
        id={`${prefix}-role`}
        label={t('users.role')}
        hint={t('users.roleHint')}
        required
        value={values.role}
        onChange={(role) => onChange({ ...values, role: role as Role })}
        error={errors.role}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </SelectField>
      {values.role === 'coordinator' && (
        <SelectField
          id={`${prefix}-region`}
          label={t('users.region')}
          required
          value={values.regionCode}
          onChange={(regionCode) => onChange({ ...values, regionCode })}
          error={errors.regionCode}
        >
          <option value="">{t('users.regionPlaceholder')}</option>
          {regions.map((region) => (
            <option key={region.code} value={region.code}>
              {localize(region.name, language)} ({region.code})
            </option>
          ))}
        </SelectField>
      )}
      {values.role === 'manager' && (
        <OrganisationPicker
          id={`${prefix}-organisations`}
          legend={t('users.organisations')}
          hint={t('users.organisationsHint')}
          organisations={organisations}
          selected={values.organisationIds}
          onChange={(organisationIds) => onChange({ ...values, organisationIds })}
          error={errors.organisationIds}
        />
      )}
    </>
  );
}

/** The client's checks of a scope, in words. */
export function scopeErrors(
  values: ScopeValues,
  t: (key: 'users.problems.region' | 'users.problems.organisations') => string,
): FieldErrors {
  if (values.role === 'coordinator' && !values.regionCode) return { regionCode: t('users.problems.region') };
  if (values.role === 'manager' && values.organisationIds.length === 0) {
    return { organisationIds: t('users.problems.organisations') };
  }
  return {};
}

/** The scope as the API takes it: only what the role uses. */
export function scopeBody(values: ScopeValues) {
  return {
    role: values.role,
    regionCode: values.role === 'coordinator' ? values.regionCode : null,
    organisationIds: values.role === 'manager' ? values.organisationIds : [],
  };
}
