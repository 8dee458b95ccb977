/** The users API's input schemas (server-only; the client's types are in ./types). */
import { z } from 'zod';
import { PASSWORD_RULES, ROLES, type Role } from '../auth/types';
import { accepting } from '../http/input';
import { LANGUAGES } from '../instrument/text';
import { RegionCode } from '../organisations/schemas';
import type { CreateUserInput, UpdateUserInput } from './types';

/**
 * One form of an email address for storing, signing in and rate limiting:
 * trimmed, NFKC-normalised (full-width letters become plain ones) and
 * case-folded, so that variants of one address count as one.
 */
export function normaliseEmail(email: string): string {
  // Upper then lower case folds more than lower case alone (ß → ss, ſ → s).
  return email.trim().normalize('NFKC').toUpperCase().toLowerCase();
}

/** An email address in its one stored form (at most 1000 characters are read, 254 kept). */
export const Email = z
  .string()
  .max(1000)
  .transform(normaliseEmail)
  .pipe(z.email({ error: 'not a valid email address' }).max(254));
export const Password = z
  .string()
  .min(PASSWORD_RULES.min, `a password has at least ${PASSWORD_RULES.min} characters`)
  .max(PASSWORD_RULES.max, `a password has at most ${PASSWORD_RULES.max} characters`);

const scopeFields = {
  role: z.enum(ROLES),
  regionCode: RegionCode.nullable().optional(),
  organisationIds: z.array(z.string().min(1).max(64)).max(500).optional(),
};

type ScopeInput = { role?: Role; regionCode?: string | null; organisationIds?: string[] };

/** A coordinator needs a region; a quality manager at least one organisation; an administrator neither. */
export function scopeProblems(v: ScopeInput): { path: string[]; message: string }[] {
  if (v.role === 'coordinator' && !v.regionCode)
    return [{ path: ['regionCode'], message: 'a coordinator needs a region' }];
  if (v.role === 'manager' && !v.organisationIds?.length) {
    return [{ path: ['organisationIds'], message: 'a quality manager needs at least one organisation' }];
  }
  return [];
}

const Language = z.enum(LANGUAGES);

export const CreateUserBody = accepting<CreateUserInput>()(
  z
    .object({ email: Email, name: z.string().trim().min(1).max(200), language: Language.optional(), ...scopeFields })
    .strict()
    .superRefine((v, ctx) => {
      for (const p of scopeProblems(v)) ctx.addIssue({ code: 'custom', ...p });
    }),
);
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = accepting<UpdateUserInput>()(
  z
    .object({
      name: z.string().trim().min(1).max(200).optional(),
      language: Language.optional(),
      disabled: z.boolean().optional(),
      passwordLogin: z.boolean().optional(),
      role: scopeFields.role.optional(),
      regionCode: scopeFields.regionCode,
      organisationIds: scopeFields.organisationIds,
    })
    .strict(),
);
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;
