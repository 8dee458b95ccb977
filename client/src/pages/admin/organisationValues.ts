/** The organisation form's values and what the API takes from them (no React, for tests). */
import type { Names } from '@shared/i18n/names.shared';
import type { Language } from '@shared/instrument/text';
import type { CreateOrganisationInput, OrganisationDetail, OrganisationListItem } from '@shared/organisations/types';

export type FormValues = {
  name: Names;
  regionCode: string;
  language: Language | null;
  /** The contact for round mail: '' for none. */
  contactEmail: string;
  /** '' in the form: the organisation's own language, else Finnish. */
  contactLanguage: Language | '';
};

export const NEW_ORGANISATION: FormValues = {
  name: {},
  regionCode: '',
  language: null,
  contactEmail: '',
  contactLanguage: '',
};

/** What the API takes from the form: no contact address is null, no chosen language the organisation's or Finnish. */
export const toInput = ({ contactEmail, contactLanguage, ...rest }: FormValues): CreateOrganisationInput => ({
  ...rest,
  contactEmail: contactEmail || null,
  contactLanguage: contactLanguage || rest.language || 'fi',
});

/** The list shows only whether an organisation has a contact address. */
export function toListItem({ contactEmail, contactLanguage: _, ...summary }: OrganisationDetail): OrganisationListItem {
  return { ...summary, hasContact: contactEmail !== null };
}
