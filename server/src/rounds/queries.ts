/**
 * Round queries. Each takes the executor so the same query runs alone or
 * inside a write's transaction.
 */
import type { SessionUser } from '../auth/types';
import { type Executor, toBool, toNumber } from '../db/knex';
import type { Instrument } from '../instrument/schema';
import { cachedInstrument, parseStoredInstrument } from '../instruments/store';
import { organisationsQuery, presentOrganisation } from '../organisations/queries';
import type { OrganisationSummary } from '../organisations/types';

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
  /** Null: the same as min_group_size. */
  min_text_group_size: number | null;
  share_group_answers: boolean;
  /** Raised with every change to the round's rollups (see the results-version migration). */
  results_version: number;
  introduction: string | null;
  video_url: string | null;
  language: string | null;
  region_code: string | null;
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
  'r.min_text_group_size',
  'r.share_group_answers',
  'r.results_version',
  'r.introduction',
  'r.video_url',
  'r.language',
  'r.region_code',
];

/** Booleans and counters come back differently from the two engines. */
const decodeRound = (row: RoundRow): RoundRow => ({
  ...row,
  share_group_answers: toBool(row.share_group_answers),
  results_version: toNumber(row.results_version),
});

/** Rounds in the user's scope: all for an administrator, else those with an organisation in scope. */
export async function listRounds(db: Executor, user: SessionUser): Promise<RoundRow[]> {
  return (await roundsInScope(db, user)).map(decodeRound);
}

function roundsInScope(db: Executor, user: SessionUser): Promise<RoundRow[]> {
  const q = db('rounds as r')
    .join('instrument_versions as iv', 'iv.id', 'r.instrument_version_id')
    .select(roundColumns)
    .orderBy([{ column: 'r.opens_at', order: 'desc' }, 'r.id']);
  if (user.role === 'admin') return q;
  return q.whereExists(function inScope() {
    this.select(1)
      .from('round_organisations as ro')
      .join('organisations as o', 'o.id', 'ro.organisation_id')
      .whereRaw('ro.round_id = r.id');
    if (user.role === 'manager') this.whereIn('ro.organisation_id', user.organisationIds);
    else this.where('o.region_code', user.regionCode ?? '');
  });
}

export async function findRound(db: Executor, id: string): Promise<RoundRow | undefined> {
  const row: RoundRow | undefined = await db('rounds as r')
    .join('instrument_versions as iv', 'iv.id', 'r.instrument_version_id')
    .select(roundColumns)
    .where('r.id', id)
    .first();
  return row && decodeRound(row);
}

export async function roundInstrument(
  db: Executor,
  round: Pick<RoundRow, 'instrument_version_id'>,
): Promise<Instrument> {
  const id = round.instrument_version_id;
  // The checksum is 64 bytes; the document is fetched and parsed only when this process has not seen it.
  const head = await db('instrument_versions').select('checksum').where('id', id).first();
  if (!head) throw new Error(`instrument version ${id} is missing`);
  const cached = cachedInstrument(head.checksum);
  if (cached) return cached;
  const row = await db('instrument_versions').select('checksum', 'document').where('id', id).first();
  return parseStoredInstrument(row);
}

export async function roundOrganisations(db: Executor, roundId: string): Promise<OrganisationSummary[]> {
  const rows = await organisationsQuery(db)
    .join('round_organisations as ro', 'ro.organisation_id', 'o.id')
    .where('ro.round_id', roundId)
    .orderBy(['o.region_code', 'o.name']);
  return rows.map(presentOrganisation);
}

/** Whether any response, a draft or a submitted one, exists in the round. */
export async function roundHasResponses(db: Executor, roundId: string): Promise<boolean> {
  return (await db('responses').where('round_id', roundId).first('id')) !== undefined;
}

export async function findRoundOrganisation(
  db: Executor,
  roundId: string,
  organisationId: string,
): Promise<OrganisationSummary | undefined> {
  const row = await organisationsQuery(db)
    .join('round_organisations as ro', 'ro.organisation_id', 'o.id')
    .where({ 'ro.round_id': roundId, 'ro.organisation_id': organisationId })
    .first();
  return row && presentOrganisation(row);
}
