/** The organisations and regions API's input schemas (server-only; the client's types are in ./types). */
import { z } from 'zod';
import { accepting } from '../http/input';
import type { CreateOrganisationInput, UpdateOrganisationInput, UpdateRegionInput } from './types';

const Name = z.string().trim().min(2, 'a name has at least 2 characters').max(200);
export const RegionCode = z.string().regex(/^\d{2}$/, 'a region code is two digits, e.g. 11');

export const CreateOrganisationBody = accepting<CreateOrganisationInput>()(
  z.object({ name: Name, regionCode: RegionCode }).strict(),
);
export type CreateOrganisationBody = z.infer<typeof CreateOrganisationBody>;

export const UpdateOrganisationBody = accepting<UpdateOrganisationInput>()(
  z.object({ name: Name.optional(), regionCode: RegionCode.optional() }).strict(),
);
export type UpdateOrganisationBody = z.infer<typeof UpdateOrganisationBody>;

export const UpdateRegionBody = accepting<UpdateRegionInput>()(
  z.object({ name: z.object({ fi: Name, sv: Name, en: Name }).strict() }).strict(),
);
export type UpdateRegionBody = z.infer<typeof UpdateRegionBody>;

/** The list of organisations, optionally of one region. */
export const OrganisationsQuery = z.object({ regionCode: RegionCode.optional() }).strict();
