/**
 * What every path parameter of the API is, by its name: a `:roundId` is a
 * UUID wherever it stands. The route table builds each route's params schema
 * from its path, so no route takes a parameter unchecked, and one whose name
 * is not here does not compile (nor start).
 */
import { z } from 'zod';
import { SemVer, Id as Slug } from '../instrument/schema';
import { RegionCode } from '../organisations/schemas';

const Uuid = z.uuid({ error: 'an id is a UUID' });
/**
 * Secrets in addresses (invitation tokens, resume codes) are looked up, not parsed: a mistyped one gets
 * the same 404 and code as an unknown one, and counts as a guess.
 */
const Secret = z.string().min(1).max(200, 'too long for a link or a code');

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;

export const PATH_PARAMS = {
  roundId: Uuid,
  organisationId: Uuid,
  userId: Uuid,
  actionId: Uuid,
  draftId: Uuid,
  messageId: Uuid,
  reminderId: Uuid,
  regionCode: RegionCode,
  instrumentId: Slug,
  version: SemVer,
  token: Secret,
  code: Secret,
  format: z.enum(EXPORT_FORMATS, { error: 'a file is .csv or .xlsx' }),
};

export type ParamName = keyof typeof PATH_PARAMS;

const isParamName = (name: string): name is ParamName => Object.hasOwn(PATH_PARAMS, name);

/** The schema of a path's parameters, e.g. `{ roundId: Uuid }` for /rounds/:roundId; throws on an unknown name. */
export function paramsSchema(names: string[], path: string) {
  const shape: Partial<Record<ParamName, z.ZodType<string>>> = {};
  for (const name of names) {
    if (!isParamName(name)) throw new Error(`${path}: :${name} is not in PATH_PARAMS (server/src/http/params.ts)`);
    shape[name] = PATH_PARAMS[name];
  }
  return z.object(shape).strict();
}
