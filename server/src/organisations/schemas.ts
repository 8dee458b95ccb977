/** The organisations and regions API's input schemas (server-only; the client's types are in ./types). */
import { z } from 'zod';
import { accepting } from '../http/input';
import { LANGUAGES, type Language } from '../instrument/text';
import type { CreateOrganisationInput, UpdateOrganisationInput, UpdateRegionInput } from './types';

const Name = z.string().trim().min(2, 'a name has at least 2 characters').max(200);
export const RegionCode = z.string().regex(/^\d{2}$/, 'a region code is two digits, e.g. 11');

const OptionalName = z
  .string()
  .trim()
  .max(200)
  .refine((value) => value === '' || value.length >= 2, 'a name has at least 2 characters')
  .optional();

/**
 * An organisation's names: Finnish or Swedish (or both), English optional;
 * an empty one means none. A plain string is the name in the organisation's
 * own language (Finnish when it sets none), the other names kept.
 */
export const OrganisationName = z.union([
  Name,
  z
    .object({ fi: OptionalName, sv: OptionalName, en: OptionalName })
    .strict()
    .transform((names) => ({
      ...(names.fi ? { fi: names.fi } : {}),
      ...(names.sv ? { sv: names.sv } : {}),
      ...(names.en ? { en: names.en } : {}),
    })),
]);

const LinkLanguage = z.enum(LANGUAGES).nullable();

/** A contact address, or null / an empty string for none; stored in lower case. */
const ContactEmail = z
  .string()
  .trim()
  .max(254)
  .transform((v) => v.toLowerCase())
  .refine((v) => v === '' || z.email().safeParse(v).success, 'an email address such as ohjaamo@kunta.fi')
  .nullable()
  .transform((v) => v || null);
const ContactLanguage = z.enum(LANGUAGES);
const contactFields = { contactEmail: ContactEmail.optional(), contactLanguage: ContactLanguage.optional() };

/** The name in the organisation's own (link) language must be given, and one in Finnish or Swedish always. */
function checkNames(
  body: { name?: string | { fi?: string; sv?: string; en?: string }; language?: Language | null },
  ctx: z.RefinementCtx,
): void {
  if (!body.name || typeof body.name === 'string') return;
  if (!body.name.fi && !body.name.sv) {
    ctx.addIssue({
      code: 'custom',
      path: ['name', 'fi'],
      message: 'give a Finnish or a Swedish name',
      params: { code: 'name_missing' },
    });
  }
  if (body.language && !body.name[body.language]) {
    ctx.addIssue({
      code: 'custom',
      path: ['name', body.language],
      message: `an organisation whose links open in ${body.language} needs a name in it`,
      params: { code: 'name_missing' },
    });
  }
}

export const CreateOrganisationBody = accepting<CreateOrganisationInput>()(
  z
    .object({ name: OrganisationName, regionCode: RegionCode, language: LinkLanguage.optional(), ...contactFields })
    .strict()
    .superRefine(checkNames),
);
export type CreateOrganisationBody = z.infer<typeof CreateOrganisationBody>;

export const UpdateOrganisationBody = accepting<UpdateOrganisationInput>()(
  z
    .object({
      name: OrganisationName.optional(),
      regionCode: RegionCode.optional(),
      language: LinkLanguage.optional(),
      ...contactFields,
    })
    .strict()
    .superRefine(checkNames),
);
export type UpdateOrganisationBody = z.infer<typeof UpdateOrganisationBody>;

export const UpdateRegionBody = accepting<UpdateRegionInput>()(
  z.object({ name: z.object({ fi: Name, sv: Name, en: Name }).strict() }).strict(),
);
export type UpdateRegionBody = z.infer<typeof UpdateRegionBody>;

/** The list of organisations, optionally of one region. */
export const OrganisationsQuery = z.object({ regionCode: RegionCode.optional() }).strict();
