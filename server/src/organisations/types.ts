/** The organisations and regions API's shapes (shared with the client). */
import { z } from 'zod';
import type { LocalizedText } from '../instrument/schema';

export type OrganisationSummary = {
  id: string;
  name: string;
  regionCode: string;
  regionName: LocalizedText;
};

export type RegionView = { code: string; name: LocalizedText };

const Name = z.string().trim().min(2, 'a name has at least 2 characters').max(200);
const RegionCode = z.string().regex(/^\d{2}$/, 'a region code is two digits, e.g. 11');

export const CreateOrganisationBody = z.object({ name: Name, regionCode: RegionCode }).strict();
export const UpdateOrganisationBody = z.object({ name: Name.optional(), regionCode: RegionCode.optional() }).strict();
export const UpdateRegionBody = z.object({ name: z.object({ fi: Name, sv: Name, en: Name }).strict() }).strict();
