/** The organisations and regions API's shapes (shared with the client). */
import type { Names } from '../i18n/names.shared';
import type { Language, LocalizedText } from '../instrument/text';

export type OrganisationSummary = {
  id: string;
  /** Its official names: a Finnish and/or a Swedish one (both for a bilingual organisation), English optional. Show with pickName. */
  name: Names;
  /** The language its invitation links open in; null: the respondent's browser decides. Also its own language for fallbacks. */
  language: Language | null;
  regionCode: string;
  regionName: LocalizedText;
};

/** An organisation in the staff list: whether it has a contact for round mail, never the address itself. */
export type OrganisationListItem = OrganisationSummary & { hasContact: boolean };

/** One organisation as staff manage it: with its contact for round mail (never shown to respondents). */
export type OrganisationDetail = OrganisationSummary & {
  /** Where round invitations and reminders for the organisation are mailed; null: none are mailed. */
  contactEmail: string | null;
  /** The language of those mails. */
  contactLanguage: Language;
};

export type RegionView = { code: string; name: LocalizedText };

/**
 * What the client sends to add an organisation; a region code is two digits, e.g. 11. `name` is its names
 * by language, or one string: the name in its own language (Finnish when `language` is not set).
 */
export type CreateOrganisationInput = {
  name: Names | string;
  regionCode: string;
  language?: Language | null;
  /** The contact address for round mail; null or empty: none. */
  contactEmail?: string | null;
  contactLanguage?: Language;
};

export type UpdateOrganisationInput = Partial<CreateOrganisationInput>;

/** A region's name in all three languages. */
export type UpdateRegionInput = { name: Required<LocalizedText> };
