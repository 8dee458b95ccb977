import type { SessionUser } from '../auth/types';
import type { Executor } from '../db/knex';
import type { OrganisationSummary } from './types';

type OrganisationRow = {
  id: string;
  name: string;
  region_code: string;
  name_fi: string;
  name_sv: string;
  name_en: string;
};

export const organisationColumns = ['o.id', 'o.name', 'o.region_code', 'g.name_fi', 'g.name_sv', 'g.name_en'];

export function presentOrganisation(row: OrganisationRow): OrganisationSummary {
  return {
    id: row.id,
    name: row.name,
    regionCode: row.region_code,
    regionName: { fi: row.name_fi, sv: row.name_sv, en: row.name_en },
  };
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
