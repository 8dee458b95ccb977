/**
 * The disclosure plan of one viewer in one round, built from the rollups:
 * the viewer's tree of groups (see disclosure.ts) with the people behind
 * each element. Plans are cached under the round's results version, which
 * every rollup change raises, so a cached plan is never stale and any number
 * of server processes can each keep their own.
 */
import type { SessionUser } from '../auth/types';
import { type Executor, toNumber } from '../db/knex';
import type { Instrument } from '../instrument/schema';
import type { RoundRow } from '../rounds/queries';
import {
  COUNTRY,
  type DisclosurePlan,
  disclosurePlan,
  type ElementTree,
  type GroupNode,
  organisationKey,
  regionKey,
} from './disclosure';
import { peopleOf } from './rollups';

/** An organisation's part in a round: submitted responses, the people behind them, working groups' participants. */
export type OrganisationCounts = { regionCode: string; responses: number; people: number; participants: number };

/** Who is looking: a staff member within their scope, or a respondent through their resume code. */
export type ResultsViewer =
  | { kind: 'staff'; user: Pick<SessionUser, 'id' | 'role' | 'regionCode' | 'organisationIds'> }
  | { kind: 'respondent'; responseId: string; organisationId: string };

export type RoundPlan = DisclosurePlan & {
  /** The organisations of the round with their region, and the people behind each. */
  organisations: ReadonlyMap<string, OrganisationCounts>;
};

const CACHE_SIZE = 256;
const cache = new Map<string, RoundPlan>();

/** The instrument's elements as the plan needs them: rating indicators, then standards and areas with their parts. */
export function elementTree(instrument: Instrument): ElementTree {
  return {
    indicators: instrument.areas.flatMap((a) =>
      a.standards.flatMap((s) => s.indicators.filter((i) => i.kind === 'rating').map((i) => i.id)),
    ),
    parents: [
      ...instrument.areas.flatMap((a) =>
        a.standards.map((s) => ({ id: s.id, parts: s.indicators.filter((i) => i.kind === 'rating').map((i) => i.id) })),
      ),
      ...instrument.areas.map((a) => ({ id: a.id, parts: a.standards.map((s) => s.id) })),
    ],
  };
}

/** The organisations (by id) and regions whose figures the viewer can obtain anywhere in the round. */
function scopeOf(viewer: ResultsViewer, organisations: ReadonlyMap<string, { regionCode: string }>) {
  const all = [...organisations.keys()];
  let ids: string[];
  if (viewer.kind === 'respondent') ids = all.filter((id) => id === viewer.organisationId);
  else if (viewer.user.role === 'admin') ids = all;
  else if (viewer.user.role === 'coordinator')
    ids = all.filter((id) => organisations.get(id)!.regionCode === viewer.user.regionCode);
  else ids = all.filter((id) => viewer.user.organisationIds.includes(id));
  const regions = [...new Set(ids.map((id) => organisations.get(id)!.regionCode))];
  // A coordinator sees their region's total even while none of its organisations has answered.
  if (viewer.kind === 'staff' && viewer.user.role === 'coordinator' && viewer.user.regionCode) {
    const code = viewer.user.regionCode;
    if (!regions.includes(code) && [...organisations.values()].some((o) => o.regionCode === code)) regions.push(code);
  }
  if (viewer.kind === 'staff' && viewer.user.role === 'admin')
    for (const o of organisations.values()) if (!regions.includes(o.regionCode)) regions.push(o.regionCode);
  return { ids: ids.sort(), regions: regions.sort() };
}

const viewerKey = (viewer: ResultsViewer, ids: string[], regions: string[]) =>
  viewer.kind === 'respondent'
    ? null // a respondent's own answers are part of the plan: not shared, not cached
    : `${viewer.user.role === 'admin' || viewer.user.role === 'coordinator' ? 'subgroups' : 'totals'}|${regions.join(',')}|${ids.join(',')}`;

/** People per element at one level of the rollups, for the given groups. */
async function peopleAt(
  db: Executor,
  roundId: string,
  level: 'organisation' | 'region' | 'round',
  keys: string[] | null,
): Promise<Map<string, Map<string, number>>> {
  const q = db('rollup_figures')
    .select('organisation_id', 'region_code', 'element_id', 'people')
    .where({ round_id: roundId, level });
  const column = level === 'organisation' ? 'organisation_id' : 'region_code';
  if (keys) q.whereIn(column, keys);
  const out = new Map<string, Map<string, number>>();
  for (const r of await q) {
    const key = level === 'round' ? '' : String(r[column]);
    if (!out.has(key)) out.set(key, new Map());
    out.get(key)!.set(String(r.element_id), toNumber(r.people));
  }
  return out;
}

/** What a respondent knows: their own answers, counted as the people their response counts for. */
async function ownAnswers(
  db: Executor,
  responseId: string,
  instrument: Instrument,
): Promise<{ total: number; people: Map<string, number> }> {
  const response = await db('responses').select('participants').where('id', responseId).first();
  const scored = new Set<string>(
    await db('answers').where('response_id', responseId).whereNotNull('value').pluck('indicator_id'),
  );
  const weight = peopleOf(response?.participants ?? null);
  const known = new Map<string, number>();
  const mark = (id: string, indicators: string[]) => {
    if (indicators.some((i) => scored.has(i))) known.set(id, weight);
  };
  for (const area of instrument.areas) {
    mark(
      area.id,
      area.standards.flatMap((s) => s.indicators.map((i) => i.id)),
    );
    for (const standard of area.standards) {
      mark(
        standard.id,
        standard.indicators.map((i) => i.id),
      );
      for (const indicator of standard.indicators) mark(indicator.id, [indicator.id]);
    }
  }
  return { total: weight, people: known };
}

/** The plan for this viewer in this round. */
export async function roundPlan(
  db: Executor,
  round: RoundRow,
  instrument: Instrument,
  viewer: ResultsViewer,
): Promise<RoundPlan> {
  const participants: {
    id: string;
    region_code: string;
    responses: unknown;
    people: unknown;
    participants: unknown;
  }[] = await db('round_organisations as ro')
    .join('organisations as o', 'o.id', 'ro.organisation_id')
    .leftJoin('rollup_organisations as ru', (j) =>
      j.on('ru.round_id', 'ro.round_id').andOn('ru.organisation_id', 'ro.organisation_id'),
    )
    .where('ro.round_id', round.id)
    .select('o.id', 'o.region_code', 'ru.responses', 'ru.people', 'ru.participants');
  const organisations = new Map(
    participants.map((p) => [
      String(p.id),
      {
        regionCode: String(p.region_code),
        responses: toNumber(p.responses),
        people: toNumber(p.people),
        participants: toNumber(p.participants),
      },
    ]),
  );
  const { ids, regions } = scopeOf(viewer, organisations);
  const key = viewerKey(viewer, ids, regions);
  const cacheKey = key && `${round.id}|${round.results_version}|${round.min_group_size}|${key}`;
  const hit = cacheKey ? cache.get(cacheKey) : undefined;
  if (hit) return hit;

  const all = viewer.kind === 'staff' && viewer.user.role === 'admin';
  const [byOrganisation, byRegion, byRound, known] = await Promise.all([
    ids.length === 0 ? new Map() : peopleAt(db, round.id, 'organisation', all ? null : ids),
    regions.length === 0 ? new Map() : peopleAt(db, round.id, 'region', all ? null : regions),
    peopleAt(db, round.id, 'round', null),
    viewer.kind === 'respondent' ? ownAnswers(db, viewer.responseId, instrument) : undefined,
  ]);
  const none = new Map<string, number>();
  const totalOf = (regionCode?: string) =>
    [...organisations.values()]
      .filter((o) => regionCode === undefined || o.regionCode === regionCode)
      .reduce((n, o) => n + o.people, 0);
  const groups: GroupNode[] = [
    { key: COUNTRY, parent: null, total: totalOf(), people: byRound.get('') ?? none, ...(known ? { known } : {}) },
    ...regions.map((code) => ({
      key: regionKey(code),
      parent: COUNTRY,
      total: totalOf(code),
      people: byRegion.get(code) ?? none,
      ...(known && viewer.kind === 'respondent' && organisations.get(viewer.organisationId)?.regionCode === code
        ? { known }
        : {}),
    })),
    ...ids.map((id) => ({
      key: organisationKey(id),
      parent: regionKey(organisations.get(id)!.regionCode),
      total: organisations.get(id)!.people,
      people: byOrganisation.get(id) ?? none,
      ...(known && viewer.kind === 'respondent' && viewer.organisationId === id ? { known } : {}),
    })),
  ];
  const plan: RoundPlan = {
    ...disclosurePlan({
      minimum: round.min_group_size,
      elements: elementTree(instrument),
      groups,
      prefer: key?.startsWith('subgroups') ? 'subgroups' : 'totals',
    }),
    organisations,
  };
  if (cacheKey) {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(cacheKey, plan);
  }
  return plan;
}
