/**
 * Results for the people who act on them: an organisation beside its region
 * and the country and over rounds; a region's organisations side by side;
 * the country's regions. Every figure goes through the viewer's disclosure
 * plan (plan.ts, disclosure.ts).
 */
import type { Executor } from '../db/knex';
import { NotFoundError } from '../http/errors';
import type { Instrument } from '../instrument/schema';
import { findRegion, organisationsQuery, presentOrganisation, presentRegion } from '../organisations/queries';
import { presentRound } from '../rounds/present';
import { findRound, findRoundOrganisation, type RoundRow, roundInstrument } from '../rounds/queries';
import { settledFreshness } from './applier';
import { COUNTRY, type GroupKey, organisationKey, regionKey, textMinimum } from './disclosure';
import { planned, type Sums } from './figures';
import { type ResultsViewer, type RoundPlan, roundPlan } from './plan';
import { presentReport, squaresOf } from './present';
import { breakdownSums, distributionCounts, distributionTotals, evidenceTexts, figureSums } from './queries';
import { organisationTrend } from './trend';
import type { CountryResults, GroupRow, OrganisationResults, RegionResults } from './types';

export async function loadRound(db: Executor, roundId: string): Promise<{ round: RoundRow; instrument: Instrument }> {
  const round = await findRound(db, roundId);
  if (!round) throw new NotFoundError('the round');
  return { round, instrument: await roundInstrument(db, round) };
}

const totals = (plan: RoundPlan, regionCode?: string) => {
  let responses = 0;
  for (const o of plan.organisations.values()) if (!regionCode || o.regionCode === regionCode) responses += o.responses;
  return responses;
};

/**
 * One organisation's report. Nothing of an organisation with fewer people than
 * the minimum is shown, to anyone; otherwise each figure is shown or withheld
 * as the viewer's plan says. Texts need the text minimum.
 */
export async function organisationResults(
  db: Executor,
  roundId: string,
  organisationId: string,
  viewer: ResultsViewer,
): Promise<OrganisationResults> {
  // Before the round: its results version (the plan cache's key) is then at least as new as the freshness says.
  const freshness = await settledFreshness(db, roundId);
  const { round, instrument } = await loadRound(db, roundId);
  const organisation = await findRoundOrganisation(db, roundId, organisationId);
  if (!organisation) throw new NotFoundError('the organisation in this round');
  const plan = await roundPlan(db, round, instrument, viewer);
  const counts = plan.organisations.get(organisationId) ?? {
    regionCode: organisation.regionCode,
    responses: 0,
    people: 0,
    participants: 0,
  };
  const suppressed = counts.people < round.min_group_size;
  const textsShown = viewer.kind === 'staff' && counts.people >= textMinimum(round);
  const region = organisation.regionCode;
  const [ownSums, regionSums, countrySums, distribution, texts, regionDistribution, countryDistribution] =
    await Promise.all([
      suppressed
        ? new Map<string, Sums>()
        : figureSums(db, roundId, { level: 'organisation', regionCode: region, organisationId }),
      figureSums(db, roundId, { level: 'region', regionCode: region }),
      figureSums(db, roundId, { level: 'round' }),
      suppressed ? new Map<string, Map<number, number>>() : distributionCounts(db, roundId, organisationId),
      textsShown ? evidenceTexts(db, roundId, organisationId) : new Map<string, string[]>(),
      // Only for testing differences from an organisation's shown figures (never sent themselves).
      suppressed
        ? new Map<string, Map<number, number>>()
        : distributionTotals(db, roundId, region, round.results_version),
      suppressed
        ? new Map<string, Map<number, number>>()
        : distributionTotals(db, roundId, undefined, round.results_version),
    ]);
  const at = (key: GroupKey, sums: Map<string, Sums>, counts: Map<string, Map<number, number>>) => ({
    sums,
    hidden: (id: string) => plan.hidden(key, id),
    squares: squaresOf(instrument, counts),
  });

  return {
    round: presentRound(round, instrument),
    ...freshness,
    organisation,
    responses: counts.responses,
    participants: !suppressed && counts.participants > 0 ? counts.participants : null,
    regionResponses: totals(plan, region),
    countryResponses: totals(plan),
    minGroupSize: round.min_group_size,
    minTextGroupSize: textMinimum(round),
    suppressed,
    suppressedReason: suppressed ? 'small' : null,
    textsShown,
    areas: presentReport(instrument, {
      own: at(organisationKey(organisationId), ownSums, distribution),
      region: at(regionKey(region), regionSums, regionDistribution),
      country: at(COUNTRY, countrySums, countryDistribution),
      distribution,
      texts,
      minimum: round.min_group_size,
    }),
    trend:
      viewer.kind === 'staff' && !suppressed
        ? await organisationTrend(db, round, instrument, organisationId, viewer)
        : [],
  };
}

/** A group's row of a breakdown: its areas and standards as the plan allows. */
function groupRow(
  instrument: Instrument,
  plan: RoundPlan,
  key: GroupKey,
  sums: Map<string, Sums> | undefined,
  counts: { responses: number; people: number },
): GroupRow {
  const small = counts.people > 0 && counts.people < plan.minimum;
  const pick = (ids: string[]) =>
    Object.fromEntries(ids.map((id) => [id, planned(plan.hidden(key, id), sums?.get(id), instrument.scale)]));
  return {
    responses: counts.responses,
    suppressed: small || counts.people === 0 ? (small ? 'small' : null) : null,
    areas: pick(instrument.areas.map((a) => a.id)),
    standards: pick(instrument.areas.flatMap((a) => a.standards.map((s) => s.id))),
  };
}

/** Responses and people of the organisations of one region (or the whole round). */
function sumCounts(plan: RoundPlan, regionCode?: string) {
  let responses = 0;
  let people = 0;
  for (const o of plan.organisations.values()) {
    if (regionCode && o.regionCode !== regionCode) continue;
    responses += o.responses;
    people += o.people;
  }
  return { responses, people };
}

/** A region's organisations × standards, with the region's total. */
export async function regionResults(
  db: Executor,
  roundId: string,
  regionCode: string,
  viewer: ResultsViewer,
): Promise<RegionResults> {
  // Before the round: its results version (the plan cache's key) is then at least as new as the freshness says.
  const freshness = await settledFreshness(db, roundId);
  const { round, instrument } = await loadRound(db, roundId);
  const region = await findRegion(db, regionCode);
  if (!region) throw new NotFoundError('the region');
  const plan = await roundPlan(db, round, instrument, viewer);
  const ids = [...plan.organisations].filter(([, o]) => o.regionCode === regionCode).map(([id]) => id);
  const [sums, total, orgs] = await Promise.all([
    breakdownSums(db, roundId, { organisationsOf: regionCode }, ['area', 'standard']),
    figureSums(db, roundId, { level: 'region', regionCode }),
    organisationsQuery(db).whereIn('o.id', ids).orderBy('o.name'),
  ]);
  return {
    round: presentRound(round, instrument),
    ...freshness,
    region,
    minGroupSize: round.min_group_size,
    total: groupRow(instrument, plan, regionKey(regionCode), total, sumCounts(plan, regionCode)),
    organisations: orgs.map((row) => {
      const org = presentOrganisation(row);
      return {
        organisation: org,
        ...groupRow(instrument, plan, organisationKey(org.id), sums.get(org.id), plan.organisations.get(org.id)!),
      };
    }),
  };
}

/** The country: every region of the round side by side, with the round's total. */
export async function countryResults(db: Executor, roundId: string, viewer: ResultsViewer): Promise<CountryResults> {
  // Before the round: its results version (the plan cache's key) is then at least as new as the freshness says.
  const freshness = await settledFreshness(db, roundId);
  const { round, instrument } = await loadRound(db, roundId);
  const plan = await roundPlan(db, round, instrument, viewer);
  const codes = [...new Set([...plan.organisations.values()].map((o) => o.regionCode))];
  const [regionRows, sums, total] = await Promise.all([
    db('regions').whereIn('code', codes).orderBy('code'),
    breakdownSums(db, roundId, 'regions', ['area', 'standard']),
    figureSums(db, roundId, { level: 'round' }),
  ]);
  const organisationsIn = (code: string) =>
    [...plan.organisations.values()].filter((o) => o.regionCode === code).length;
  return {
    round: presentRound(round, instrument),
    ...freshness,
    minGroupSize: round.min_group_size,
    total: groupRow(instrument, plan, COUNTRY, total, sumCounts(plan)),
    regions: regionRows.map((r) => ({
      region: presentRegion(r),
      organisations: organisationsIn(r.code),
      ...groupRow(instrument, plan, regionKey(r.code), sums.get(r.code), sumCounts(plan, r.code)),
    })),
  };
}
