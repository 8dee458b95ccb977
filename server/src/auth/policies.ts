/**
 * Authorization in one place. Every route declares a policy; `authorize`
 * decides from the signed-in user, the policy and the route's parameters.
 *
 * - public: anyone, signed in or not (respondents have no account)
 * - signedIn: any account
 * - roles + scope: the user's role must be listed, and unless an administrator
 *   the target must be in the user's scope: a coordinator's region, a quality
 *   manager's organisations.
 */
import type { Executor } from '../db/knex';
import { ROLES, type Role, type SessionUser } from './types';

export type ScopeKind = 'organisation' | 'region' | 'round' | 'none';

export type Policy =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'scoped'; roles: readonly Role[]; scope: ScopeKind; param?: string };

export const policy = {
  public: { kind: 'public' } as Policy,
  signedIn: { kind: 'signedIn' } as Policy,
  admin: { kind: 'scoped', roles: ['admin'], scope: 'none' } as Policy,
  /** Staff of the given roles (all by default) with no target: lists are filtered to scope by the service. */
  roles: (roles: readonly Role[] = ROLES): Policy => ({ kind: 'scoped', roles, scope: 'none' }),
  organisation: (param = 'organisationId', roles: readonly Role[] = ROLES): Policy => ({
    kind: 'scoped',
    roles,
    scope: 'organisation',
    param,
  }),
  region: (param = 'regionCode', roles: readonly Role[] = ROLES): Policy => ({
    kind: 'scoped',
    roles,
    scope: 'region',
    param,
  }),
  round: (param = 'roundId', roles: readonly Role[] = ROLES): Policy => ({
    kind: 'scoped',
    roles,
    scope: 'round',
    param,
  }),
};

export function describePolicy(p: Policy): string {
  if (p.kind !== 'scoped') return p.kind;
  return `${p.roles.join('|')}${p.scope === 'none' ? '' : ` in scope of :${p.param}`}`;
}

export async function inOrganisationScope(db: Executor, user: SessionUser, organisationId: string): Promise<boolean> {
  if (user.role === 'admin') return true;
  if (user.role === 'manager') return user.organisationIds.includes(organisationId);
  const org = await db('organisations').select('region_code').where('id', organisationId).first();
  return org !== undefined && org.region_code === user.regionCode;
}

export function inRegionScope(user: SessionUser, regionCode: string): boolean {
  return user.role === 'admin' || (user.role === 'coordinator' && user.regionCode === regionCode);
}

/** A round is in scope when one of its organisations is. */
export async function inRoundScope(db: Executor, user: SessionUser, roundId: string): Promise<boolean> {
  if (user.role === 'admin') return true;
  const q = db('round_organisations as ro').where('ro.round_id', roundId).first('ro.organisation_id');
  if (user.role === 'manager') return (await q.whereIn('ro.organisation_id', user.organisationIds)) !== undefined;
  return (
    (await q.join('organisations as o', 'o.id', 'ro.organisation_id').where('o.region_code', user.regionCode ?? '')) !==
    undefined
  );
}

export type Decision = 'allow' | 'unauthenticated' | 'forbidden';

export async function authorize(
  db: Executor,
  user: SessionUser | undefined,
  p: Policy,
  params: Record<string, string | undefined>,
): Promise<Decision> {
  if (p.kind === 'public') return 'allow';
  if (!user) return 'unauthenticated';
  if (p.kind === 'signedIn') return 'allow';
  if (!p.roles.includes(user.role)) return 'forbidden';
  if (p.scope === 'none') return 'allow';
  const target = params[p.param ?? ''] ?? '';
  const ok =
    p.scope === 'organisation'
      ? await inOrganisationScope(db, user, target)
      : p.scope === 'region'
        ? inRegionScope(user, target)
        : await inRoundScope(db, user, target);
  return ok ? 'allow' : 'forbidden';
}
