/**
 * Reads of the rollups (a few hundred rows at most); answers are never
 * loaded into JavaScript one by one. Evidence texts come from an indexed
 * read of one organisation's answers.
 */
import { type Executor, toNumber } from '../db/knex';
import { textMinimum } from './disclosure';
import type { Sums } from './figures';
import type { ElementKind } from './rollups';

export type OrganisationCount = { organisationId: string; regionCode: string; responses: number; participants: number };

export async function organisationCounts(
  db: Executor,
  roundId: string,
  filter: { regionCode?: string; organisationId?: string } = {},
): Promise<OrganisationCount[]> {
  const q = db('rollup_organisations')
    .select('organisation_id', 'region_code', 'responses', 'participants')
    .where('round_id', roundId);
  if (filter.regionCode) q.where('region_code', filter.regionCode);
  if (filter.organisationId) q.where('organisation_id', filter.organisationId);
  const rows = await q;
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    regionCode: r.region_code,
    responses: toNumber(r.responses),
    participants: toNumber(r.participants),
  }));
}

type FigureRow = {
  element_id: string;
  responses: unknown;
  score_sum: unknown;
  score_count: unknown;
  na_count: unknown;
};

const toSums = (r: FigureRow): Sums => ({
  responses: toNumber(r.responses),
  sum: toNumber(r.score_sum),
  count: toNumber(r.score_count),
  na: toNumber(r.na_count),
});

export type Level =
  | { level: 'organisation'; regionCode: string; organisationId: string }
  | { level: 'region'; regionCode: string }
  | { level: 'round' };

/** Every element's sums at one level: one organisation, one region or the whole round. */
export async function figureSums(db: Executor, roundId: string, at: Level): Promise<Map<string, Sums>> {
  const rows: FigureRow[] = await db('rollup_figures')
    .select('element_id', 'responses', 'score_sum', 'score_count', 'na_count')
    .where({
      round_id: roundId,
      level: at.level,
      region_code: at.level === 'round' ? '' : at.regionCode,
      organisation_id: at.level === 'organisation' ? at.organisationId : '',
    });
  return new Map(rows.map((r) => [r.element_id, toSums(r)]));
}

/** Sums of one kind of element for every organisation of a region (or every region of the round). */
export async function breakdownSums(
  db: Executor,
  roundId: string,
  by: { organisationsOf: string } | 'regions',
  kinds: ElementKind[],
): Promise<Map<string, Map<string, Sums>>> {
  const q = db('rollup_figures')
    .select('region_code', 'organisation_id', 'element_id', 'responses', 'score_sum', 'score_count', 'na_count')
    .where('round_id', roundId)
    .whereIn('element_kind', kinds);
  if (by === 'regions') q.where('level', 'region');
  else q.where({ level: 'organisation', region_code: by.organisationsOf });
  const out = new Map<string, Map<string, Sums>>();
  for (const r of await q) {
    const key = by === 'regions' ? r.region_code : r.organisation_id;
    if (!out.has(key)) out.set(key, new Map());
    out.get(key)!.set(r.element_id, toSums(r));
  }
  return out;
}

export async function distributionCounts(db: Executor, roundId: string, organisationId: string) {
  const rows = await db('rollup_distribution')
    .select('indicator_id', 'value', 'count')
    .where({ round_id: roundId, organisation_id: organisationId });
  const out = new Map<string, Map<number, number>>();
  for (const r of rows) {
    if (!out.has(r.indicator_id)) out.set(r.indicator_id, new Map());
    out.get(r.indicator_id)!.set(toNumber(r.value), toNumber(r.count));
  }
  return out;
}

type Distribution = Map<string, Map<number, number>>;
const TOTALS_CACHE_SIZE = 32;
/** Per round and results version: every region's totals and the round's, from one pass over the rollup rows. */
const totalsCache = new Map<string, Promise<{ regions: Map<string, Distribution>; round: Distribution }>>();

function addCount(to: Distribution, indicatorId: string, value: number, count: number) {
  let own = to.get(indicatorId);
  if (!own) {
    own = new Map();
    to.set(indicatorId, own);
  }
  own.set(value, (own.get(value) ?? 0) + count);
}

async function allTotals(db: Executor, roundId: string) {
  const rows = (await db('rollup_distribution as d')
    .join('organisations as o', 'o.id', 'd.organisation_id')
    .select('o.region_code', 'd.indicator_id', 'd.value', db.raw('sum(d.count) as count'))
    .where('d.round_id', roundId)
    .groupBy('o.region_code', 'd.indicator_id', 'd.value')) as {
    region_code: string;
    indicator_id: string;
    value: unknown;
    count: unknown;
  }[];
  const regions = new Map<string, Distribution>();
  const round: Distribution = new Map();
  for (const r of rows) {
    let region = regions.get(r.region_code);
    if (!region) {
      region = new Map();
      regions.set(r.region_code, region);
    }
    addCount(region, r.indicator_id, toNumber(r.value), toNumber(r.count));
    addCount(round, r.indicator_id, toNumber(r.value), toNumber(r.count));
  }
  return { regions, round };
}

/**
 * The distribution of scores per indicator over a region's organisations, or
 * the whole round's. With the round's `resultsVersion` (read before this) the
 * totals of every region and of the round come from one pass and are kept
 * under that version, which every change of the rollups raises: a national
 * round's totals sum hundreds of thousands of rows, the same for every
 * organisation's report until the next batch of submits is applied. Callers
 * must not change the returned maps.
 */
export async function distributionTotals(
  db: Executor,
  roundId: string,
  regionCode?: string,
  resultsVersion?: number,
): Promise<Distribution> {
  if (resultsVersion !== undefined) {
    const key = `${roundId}|${resultsVersion}`;
    let totals = totalsCache.get(key);
    if (!totals) {
      if (totalsCache.size >= TOTALS_CACHE_SIZE) totalsCache.delete(totalsCache.keys().next().value!);
      totals = allTotals(db, roundId);
      totalsCache.set(key, totals);
      // A failed read is not kept.
      totals.catch(() => totalsCache.delete(key));
    }
    const { regions, round } = await totals;
    return regionCode === undefined ? round : (regions.get(regionCode) ?? new Map());
  }
  const q = db('rollup_distribution as d')
    .select('d.indicator_id', 'd.value', db.raw('sum(d.count) as count'))
    .where('d.round_id', roundId)
    .groupBy('d.indicator_id', 'd.value');
  if (regionCode) q.join('organisations as o', 'o.id', 'd.organisation_id').where('o.region_code', regionCode);
  const out: Distribution = new Map();
  for (const r of (await q) as { indicator_id: string; value: unknown; count: unknown }[])
    addCount(out, r.indicator_id, toNumber(r.value), toNumber(r.count));
  return out;
}

/** The organisation's evidence texts by indicator, sorted by text so that order tells nothing of who wrote what. */
export async function evidenceTexts(
  db: Executor,
  roundId: string,
  organisationId: string,
): Promise<Map<string, string[]>> {
  const rows = await db('answers')
    .select('indicator_id', 'text')
    .where({ round_id: roundId, organisation_id: organisationId })
    .whereNotNull('text')
    .orderBy(['indicator_id', 'text']);
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.indicator_id, [...(out.get(r.indicator_id) ?? []), r.text]);
  return out;
}

/** Organisations of the round with at least the text minimum of people behind their submitted responses. */
export function textOrganisations(
  db: Executor,
  round: { id: string; min_group_size: number; min_text_group_size: number | null },
) {
  return db('rollup_organisations')
    .select('organisation_id')
    .where('round_id', round.id)
    .where('people', '>=', textMinimum(round));
}
