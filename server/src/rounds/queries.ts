/**
 * Round queries. Each takes the executor so the same query runs alone or
 * inside a write's transaction.
 */
import type { Executor } from '../db/knex';
import type { Instrument } from '../instrument/schema';
import { parseStoredInstrument } from '../instrument/store';
import type { OrganisationSummary } from './types';

export type RoundRow = {
  id: string;
  name_fi: string;
  name_sv: string | null;
  name_en: string | null;
  instrument_version_id: number;
  instrument_id: string;
  version: string;
  opens_at: string;
  closes_at: string;
  min_group_size: number;
};

const roundColumns = [
  'r.id',
  'r.name_fi',
  'r.name_sv',
  'r.name_en',
  'r.instrument_version_id',
  'iv.instrument_id',
  'iv.version',
  'r.opens_at',
  'r.closes_at',
  'r.min_group_size',
];

export function listRounds(db: Executor): Promise<RoundRow[]> {
  return db('rounds as r')
    .join('instrument_versions as iv', 'iv.id', 'r.instrument_version_id')
    .select(roundColumns)
    .orderBy([{ column: 'r.opens_at', order: 'desc' }, 'r.id']);
}

export async function findRound(db: Executor, id: string): Promise<RoundRow | undefined> {
  return db('rounds as r')
    .join('instrument_versions as iv', 'iv.id', 'r.instrument_version_id')
    .select(roundColumns)
    .where('r.id', id)
    .first();
}

export async function roundInstrument(
  db: Executor,
  round: Pick<RoundRow, 'instrument_version_id'>,
): Promise<Instrument> {
  const row = await db('instrument_versions')
    .select('checksum', 'document')
    .where('id', round.instrument_version_id)
    .first();
  if (!row) throw new Error(`instrument version ${round.instrument_version_id} is missing`);
  return parseStoredInstrument(row);
}

type OrganisationRow = {
  id: string;
  name: string;
  region_code: string;
  name_fi: string;
  name_sv: string;
  name_en: string;
};

export function presentOrganisation(row: OrganisationRow): OrganisationSummary {
  return {
    id: row.id,
    name: row.name,
    regionCode: row.region_code,
    regionName: { fi: row.name_fi, sv: row.name_sv, en: row.name_en },
  };
}

const organisationColumns = ['o.id', 'o.name', 'o.region_code', 'g.name_fi', 'g.name_sv', 'g.name_en'];

export async function roundOrganisations(db: Executor, roundId: string): Promise<OrganisationSummary[]> {
  const rows: OrganisationRow[] = await db('round_organisations as ro')
    .join('organisations as o', 'o.id', 'ro.organisation_id')
    .join('regions as g', 'g.code', 'o.region_code')
    .select(organisationColumns)
    .where('ro.round_id', roundId)
    .orderBy(['o.region_code', 'o.name']);
  return rows.map(presentOrganisation);
}

export async function findRoundOrganisation(
  db: Executor,
  roundId: string,
  organisationId: string,
): Promise<OrganisationSummary | undefined> {
  const row: OrganisationRow | undefined = await db('round_organisations as ro')
    .join('organisations as o', 'o.id', 'ro.organisation_id')
    .join('regions as g', 'g.code', 'o.region_code')
    .select(organisationColumns)
    .where({ 'ro.round_id': roundId, 'ro.organisation_id': organisationId })
    .first();
  return row && presentOrganisation(row);
}
