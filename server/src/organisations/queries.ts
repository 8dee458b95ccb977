import type { SessionUser } from '../auth/types';
import type { Executor } from '../db/knex';
import { type NameColumns, presentName } from '../db/names';
import type { OrganisationSummary, RegionView } from './types';

type OrganisationRow = { id: string; name: string; region_code: string } & NameColumns;

type RegionRow = { code: string } & NameColumns;

export const organisationColumns = ['o.id', 'o.name', 'o.region_code', 'g.name_fi', 'g.name_sv', 'g.name_en'];

export function presentOrganisation(row: OrganisationRow): OrganisationSummary {
  return { id: row.id, name: row.name, regionCode: row.region_code, regionName: presentName(row) };
}

export function presentRegion(row: RegionRow): RegionView {
  return { code: row.code, name: presentName(row) };
}

/** Organisations joined with their region; callers add conditions. */
export function organisationsQuery(db: Executor) {
  return db('organisations as o').join('regions as g', 'g.code', 'o.region_code').select(organisationColumns);
}

/** The organisations a user may see: all, the coordinator's region, or the manager's own. */
export async function listOrganisations(
  db: Executor,
  user: SessionUser,
  regionCode?: string,
): Promise<OrganisationSummary[]> {
  const q = organisationsQuery(db).orderBy(['o.region_code', 'o.name']);
  if (regionCode) q.where('o.region_code', regionCode);
  if (user.role === 'coordinator') q.where('o.region_code', user.regionCode ?? '');
  if (user.role === 'manager') q.whereIn('o.id', user.organisationIds);
  return (await q).map(presentOrganisation);
}

export async function findOrganisation(db: Executor, id: string): Promise<OrganisationSummary | undefined> {
  const row = await organisationsQuery(db).where('o.id', id).first();
  return row && presentOrganisation(row);
}

export async function listRegions(db: Executor): Promise<RegionView[]> {
  return (await db('regions').orderBy('code')).map(presentRegion);
}

export async function findRegion(db: Executor, code: string): Promise<RegionView | undefined> {
  const row = await db('regions').where('code', code).first();
  return row && presentRegion(row);
}
