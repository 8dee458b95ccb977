/** The organisations and regions API's shapes (shared with the client). */
import type { LocalizedText } from '../instrument/text';

export type OrganisationSummary = {
  id: string;
  name: string;
  regionCode: string;
  regionName: LocalizedText;
};

export type RegionView = { code: string; name: LocalizedText };

/** What the client sends to add an organisation; a region code is two digits, e.g. 11. */
export type CreateOrganisationInput = { name: string; regionCode: string };

export type UpdateOrganisationInput = Partial<CreateOrganisationInput>;

/** A region's name in all three languages. */
export type UpdateRegionInput = { name: Required<LocalizedText> };
