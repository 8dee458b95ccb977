/**
 * Authorization in one place. Every route declares a policy; `admit`
 * decides from the signed-in user and the policy, then `reach` from the
 * route's parsed path parameters (so a malformed id never reaches a query).
 *
 * - public: anyone, signed in or not (respondents have no account)
 * - signedIn: any account
 * - roles + scope: the user's role must be listed, and unless an administrator
 *   the target must be in the user's scope: a coordinator's region, a quality
 *   manager's organisations.
 * - roundOwner: changing a round. It belongs to the scope that opened it: a
 *   coordinator changes only a round of their own region whose organisations
 *   are all in that region; administrators any round.
 * - roundOrganisation: an organisation's part of a round (its action plan).
 *   The organisation must be in the user's scope (else 403) and take part in
 *   the round (else 404 organisation_not_in_round).
 */
import type { Executor } from '../db/knex';
import { mayChangeRound } from '../rounds/types';
import { ROLES, type Role, type SessionUser } from './types';

export type ScopeKind = 'organisation' | 'region' | 'round' | 'roundOwner' | 'roundOrganisation' | 'none';

export type Policy =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'scoped'; roles: readonly Role[]; scope: ScopeKind; param?: string; roundParam?: string };

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
  /** Changes to a round: administrators, or the coordinator whose region owns it wholly. */
  roundOwner: (param = 'roundId'): Policy => ({
    kind: 'scoped',
    roles: ['admin', 'coordinator'],
    scope: 'roundOwner',
    param,
  }),
  /** An organisation in scope that takes part in the round. */
  roundOrganisation: (roles: readonly Role[] = ROLES, param = 'organisationId', roundParam = 'roundId'): Policy => ({
    kind: 'scoped',
    roles,
    scope: 'roundOrganisation',
    param,
    roundParam,
  }),
};

export function describePolicy(p: Policy): string {
  if (p.kind !== 'scoped') return p.kind;
  const roles = p.roles.join('|');
  if (p.scope === 'none') return roles;
  if (p.scope === 'roundOwner') return `${roles} owning :${p.param}`;
  if (p.scope === 'roundOrganisation') return `${roles} in scope of :${p.param}, taking part in :${p.roundParam}`;
  return `${roles} in scope of :${p.param}`;
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

/** Whether the user may change the round: see `mayChangeRound` for the rule. */
export async function ownsRound(db: Executor, user: SessionUser, roundId: string): Promise<boolean> {
  if (user.role === 'admin') return true;
  if (user.role !== 'coordinator') return false;
  const round = await db('rounds').where('id', roundId).first('region_code');
  if (!round) return false;
  const regions = await db('round_organisations as ro')
    .join('organisations as o', 'o.id', 'ro.organisation_id')
    .where('ro.round_id', roundId)
    .distinct('o.region_code');
  return mayChangeRound(user, {
    regionCode: round.region_code,
    organisationRegions: regions.map((r) => String(r.region_code)),
  });
}

export async function takesPart(db: Executor, roundId: string, organisationId: string): Promise<boolean> {
  const row = await db('round_organisations')
    .where({ round_id: roundId, organisation_id: organisationId })
    .first('organisation_id');
  return row !== undefined;
}

/** `notInRound`: the organisation is the user's to see, but it does not take part in the round (404). */
export type Decision = 'allow' | 'unauthenticated' | 'forbidden' | 'notInRound';

/** Whether the caller may use the route at all, before its target is looked at: signed in, in a listed role. */
export function admit(user: SessionUser | undefined, p: Policy): Decision {
  if (p.kind === 'public') return 'allow';
  if (!user) return 'unauthenticated';
  if (p.kind === 'signedIn') return 'allow';
  return p.roles.includes(user.role) ? 'allow' : 'forbidden';
}

/** Whether the route's target (its parsed path parameters) is in the admitted user's scope. */
export async function reach(
  db: Executor,
  user: SessionUser | undefined,
  p: Policy,
  params: Record<string, string | undefined>,
): Promise<Decision> {
  if (p.kind === 'public') return 'allow';
  if (!user) return 'unauthenticated';
  if (p.kind === 'signedIn' || p.scope === 'none') return 'allow';
  const target = params[p.param ?? ''] ?? '';
  switch (p.scope) {
    case 'organisation':
      return (await inOrganisationScope(db, user, target)) ? 'allow' : 'forbidden';
    case 'region':
      return inRegionScope(user, target) ? 'allow' : 'forbidden';
    case 'round':
      return (await inRoundScope(db, user, target)) ? 'allow' : 'forbidden';
    case 'roundOwner':
      return (await ownsRound(db, user, target)) ? 'allow' : 'forbidden';
    case 'roundOrganisation': {
      if (!(await inOrganisationScope(db, user, target))) return 'forbidden';
      return (await takesPart(db, params[p.roundParam ?? ''] ?? '', target)) ? 'allow' : 'notInRound';
    }
  }
}
