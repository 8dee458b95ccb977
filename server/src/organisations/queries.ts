import type { SessionUser } from '../auth/types';
import type { Executor } from '../db/knex';
import { type NameColumns, presentName } from '../db/names';
import type { Names } from '../i18n/names.shared';
import { isLanguage } from '../instrument/text';
import type { OrganisationListItem, OrganisationSummary, RegionView } from './types';

type OrganisationRow = {
  id: string;
  name: string;
  org_name_fi: string | null;
  org_name_sv: string | null;
  org_name_en: string | null;
  language: string | null;
  region_code: string;
} & NameColumns;

type RegionRow = { code: string } & NameColumns;

export const organisationColumns = [
  'o.id',
  'o.name',
  'o.name_fi as org_name_fi',
  'o.name_sv as org_name_sv',
  'o.name_en as org_name_en',
  'o.language',
  'o.region_code',
  'g.name_fi',
  'g.name_sv',
  'g.name_en',
];

/** An organisation's names from its columns; a row written before names had languages has its one name as Finnish. */
export function organisationNames(row: {
  name: string;
  org_name_fi: string | null;
  org_name_sv: string | null;
  org_name_en: string | null;
}): Names {
  const names: Names = {
    ...(row.org_name_fi ? { fi: row.org_name_fi } : {}),
    ...(row.org_name_sv ? { sv: row.org_name_sv } : {}),
    ...(row.org_name_en ? { en: row.org_name_en } : {}),
  };
  return names.fi || names.sv ? names : { ...names, fi: row.name };
}

export function presentOrganisation(row: OrganisationRow): OrganisationSummary {
  return {
    id: row.id,
    name: organisationNames(row),
    language: isLanguage(row.language) ? row.language : null,
    regionCode: row.region_code,
    regionName: presentName(row),
  };
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
): Promise<OrganisationListItem[]> {
  const q = organisationsQuery(db).select('o.contact_email').orderBy(['o.region_code', 'o.name']);
  if (regionCode) q.where('o.region_code', regionCode);
  if (user.role === 'coordinator') q.where('o.region_code', user.regionCode ?? '');
  if (user.role === 'manager') q.whereIn('o.id', user.organisationIds);
  return (await q).map((row) => ({ ...presentOrganisation(row), hasContact: Boolean(row.contact_email) }));
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
