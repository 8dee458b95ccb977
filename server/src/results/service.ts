/**
 * Results for the people who act on them: an organisation beside its region
 * and the country and over rounds; a region's organisations side by side;
 * the country's regions. Small groups are suppressed everywhere (see
 * suppressionPlan for the complementary rule).
 */
import type { SessionUser } from '../auth/types';
import type { Executor } from '../db/knex';
import { NotFoundError } from '../http/errors';
import type { Instrument } from '../instrument/schema';
import { findRegion, organisationsQuery, presentOrganisation, presentRegion } from '../organisations/queries';
import { presentRound } from '../rounds/present';
import { findRound, findRoundOrganisation, type RoundRow, roundInstrument } from '../rounds/queries';
import { figureOf, type Sums, ZERO } from './figures';
import { presentReport } from './present';
import { breakdownSums, distributionCounts, evidenceTexts, figureSums } from './queries';
import { countryPlan, organisationVisibility, regionPlan } from './suppression';
import { organisationTrend } from './trend';
import type { CountryResults, GroupRow, OrganisationResults, RegionResults, SuppressionReason } from './types';

async function loadRound(db: Executor, roundId: string): Promise<{ round: RoundRow; instrument: Instrument }> {
  const round = await findRound(db, roundId);
  if (!round) throw new NotFoundError('the round');
  return { round, instrument: await roundInstrument(db, round) };
}

/**
 * One organisation's report. Its own quality managers see it unless it is
 * too small; anyone who also sees the region's breakdown (coordinators,
 * administrators) does not see it when complementary suppression hides it.
 */
export async function organisationResults(
  db: Executor,
  roundId: string,
  organisationId: string,
  viewer: Pick<SessionUser, 'role'> | null,
): Promise<OrganisationResults> {
  const { round, instrument } = await loadRound(db, roundId);
  const organisation = await findRoundOrganisation(db, roundId, organisationId);
  if (!organisation) throw new NotFoundError('the organisation in this round');

  const reason = await organisationVisibility(db, round, organisationId, organisation.regionCode, viewer);
  const country = await countryPlan(db, round);
  const own = country.counts.find((c) => c.organisationId === organisationId);
  const responses = own?.responses ?? 0;
  const regionHidden = country.plan.has(organisation.regionCode);
  const [region, countrySums] = await Promise.all([
    regionHidden ? null : figureSums(db, roundId, { level: 'region', regionCode: organisation.regionCode }),
    figureSums(db, roundId, { level: 'round' }),
  ]);
  const countryResponses = country.counts.reduce((n, c) => n + c.responses, 0);
  const shown = reason === null;
  const [ownSums, distribution, texts] = shown
    ? await Promise.all([
        figureSums(db, roundId, { level: 'organisation', regionCode: organisation.regionCode, organisationId }),
        distributionCounts(db, roundId, organisationId),
        evidenceTexts(db, roundId, organisationId),
      ])
    : [null, new Map(), new Map()];

  return {
    round: presentRound(round, instrument),
    organisation,
    responses,
    participants: shown && own?.participants ? own.participants : null,
    regionResponses: country.groups.find((g) => g.id === organisation.regionCode)?.responses ?? 0,
    countryResponses,
    minGroupSize: round.min_group_size,
    suppressed: !shown,
    suppressedReason: reason,
    areas: presentReport(instrument, {
      own: ownSums,
      region,
      country: countryResponses < round.min_group_size ? null : countrySums,
      distribution,
      texts,
      minGroupSize: round.min_group_size,
    }),
    trend: shown ? await organisationTrend(db, round, instrument, organisationId, viewer) : [],
  };
}

function groupRow(
  instrument: Instrument,
  sums: Map<string, Sums> | undefined,
  responses: number,
  reason: SuppressionReason | null,
  min: number,
): GroupRow {
  const pick = (ids: string[]) =>
    Object.fromEntries(
      ids.map((id) => [
        id,
        reason
          ? { n: 0, mean: null, index: null, band: null, hidden: true }
          : figureOf(sums?.get(id) ?? ZERO, instrument.scale, min),
      ]),
    );
  return {
    responses,
    suppressed: reason,
    areas: pick(instrument.areas.map((a) => a.id)),
    standards: pick(instrument.areas.flatMap((a) => a.standards.map((s) => s.id))),
  };
}

/** A region's organisations × standards, with the region's total. */
export async function regionResults(db: Executor, roundId: string, regionCode: string): Promise<RegionResults> {
  const { round, instrument } = await loadRound(db, roundId);
  const region = await findRegion(db, regionCode);
  if (!region) throw new NotFoundError('the region');
  const { groups, plan } = await regionPlan(db, round, regionCode);
  const regionReason = (await countryPlan(db, round)).plan.get(regionCode) ?? null;
  const [sums, total] = await Promise.all([
    breakdownSums(db, roundId, { organisationsOf: regionCode }, ['area', 'standard']),
    figureSums(db, roundId, { level: 'region', regionCode }),
  ]);
  const orgs = await organisationsQuery(db)
    .whereIn(
      'o.id',
      groups.map((g) => g.id),
    )
    .orderBy('o.name');
  const min = round.min_group_size;
  const totalResponses = groups.reduce((n, g) => n + g.responses, 0);
  return {
    round: presentRound(round, instrument),
    region,
    minGroupSize: min,
    total: groupRow(instrument, total, totalResponses, regionReason, min),
    organisations: orgs.map((row) => {
      const org = presentOrganisation(row);
      const g = groups.find((x) => x.id === org.id)!;
      return {
        organisation: org,
        ...groupRow(instrument, sums.get(org.id), g.responses, plan.get(org.id) ?? null, min),
      };
    }),
  };
}

/** The country: every region of the round side by side, with the round's total. */
export async function countryResults(db: Executor, roundId: string): Promise<CountryResults> {
  const { round, instrument } = await loadRound(db, roundId);
  const min = round.min_group_size;
  const { counts, groups, plan } = await countryPlan(db, round);
  const regionRows = await db('regions')
    .whereIn(
      'code',
      groups.map((g) => g.id),
    )
    .orderBy('code');
  const [sums, total] = await Promise.all([
    breakdownSums(db, roundId, 'regions', ['area', 'standard']),
    figureSums(db, roundId, { level: 'round' }),
  ]);
  const perRegion: { region_code: string; n: unknown }[] = await db('round_organisations as ro')
    .join('organisations as o', 'o.id', 'ro.organisation_id')
    .where('ro.round_id', roundId)
    .groupBy('o.region_code')
    .select('o.region_code')
    .count({ n: '*' });
  const organisationsIn = new Map(perRegion.map((r) => [String(r.region_code), Number(r.n)]));
  const totalResponses = counts.reduce((n, c) => n + c.responses, 0);
  return {
    round: presentRound(round, instrument),
    minGroupSize: min,
    total: groupRow(instrument, total, totalResponses, totalResponses < min ? 'small' : null, min),
    regions: regionRows.map((r) => ({
      region: presentRegion(r),
      organisations: organisationsIn.get(r.code) ?? 0,
      ...groupRow(
        instrument,
        sums.get(r.code),
        groups.find((g) => g.id === r.code)?.responses ?? 0,
        plan.get(r.code) ?? null,
        min,
      ),
    })),
  };
}
