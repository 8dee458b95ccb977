/**
 * The organisation over rounds of the same instrument, joined across
 * instrument versions through `replaces`: an indicator's earlier figures
 * pool the scores of the indicators it continues.
 */
import type { Executor } from '../db/knex';
import { presentName } from '../db/names';
import { changedStandards, resolveLineage } from '../instrument/mapping';
import type { Instrument } from '../instrument/schema';
import { versionsBefore } from '../instruments/history';
import { findRound, type RoundRow, roundInstrument } from '../rounds/queries';
import { organisationKey } from './disclosure';
import { addSums, planned, type Sums, withheld, ZERO } from './figures';
import { type ResultsViewer, roundPlan } from './plan';
import { figureSums } from './queries';
import type { Figure, TrendPoint } from './types';

export async function roundsOfOrganisation(
  db: Executor,
  current: RoundRow,
  organisationId: string,
): Promise<RoundRow[]> {
  const ids: string[] = await db('round_organisations as ro')
    .join('rounds as r', 'r.id', 'ro.round_id')
    .join('instrument_versions as iv', 'iv.id', 'r.instrument_version_id')
    .where({ 'ro.organisation_id': organisationId, 'iv.instrument_id': current.instrument_id })
    .where('r.opens_at', '<=', current.opens_at)
    .orderBy('r.opens_at')
    .pluck('r.id');
  const rows = await Promise.all(ids.map((id) => findRound(db, id)));
  return rows.filter((r): r is RoundRow => r !== undefined);
}

/** Lineage of the instrument's indicators through every version this one follows (a mapping may pass through versions no round used). */
export async function instrumentLineage(db: Executor, instrument: Instrument) {
  return resolveLineage([...(await versionsBefore(db, instrument.id, instrument.version)), instrument]);
}

/**
 * The organisation in this round and the earlier ones, each round's figures
 * as the viewer's plan for that round allows. An earlier indicator that two
 * or more indicators continue is pooled only when the viewer may see each of
 * them: the pooled figure then tells nothing they could not add up themselves.
 */
export async function organisationTrend(
  db: Executor,
  current: RoundRow,
  instrument: Instrument,
  organisationId: string,
  viewer: ResultsViewer,
): Promise<TrendPoint[]> {
  const rounds = await roundsOfOrganisation(db, current, organisationId);
  const lineage = await instrumentLineage(db, instrument);
  const key = organisationKey(organisationId);

  const points: TrendPoint[] = [];
  for (const round of rounds) {
    // Each round's figures on its own version's scale, so that an index is always within 0–100.
    const version = await roundInstrument(db, round);
    const plan = await roundPlan(db, round, version, viewer);
    const counts = plan.organisations.get(organisationId);
    const responses = counts?.responses ?? 0;
    const suppressed = !counts || counts.people < round.min_group_size;
    const sums = suppressed
      ? new Map<string, Sums>()
      : await figureSums(db, round.id, { level: 'organisation', regionCode: counts.regionCode, organisationId });
    const fig = (id: string) => planned(plan.hidden(key, id), sums.get(id), version.scale);

    const indicators: Record<string, Figure> = {};
    if (!suppressed) {
      for (const [id, steps] of lineage) {
        const step = steps.find((s) => s.version === round.version);
        if (!step?.ids.some((i) => sums.has(i))) continue;
        if (step.ids.length === 1) {
          indicators[id] = fig(step.ids[0]!);
          continue;
        }
        const reason = step.ids.map((i) => plan.hidden(key, i)).find((r) => r !== null);
        const pooled = step.ids.reduce((acc, i) => addSums(acc, sums.get(i) ?? ZERO), ZERO);
        // Pooling two indicators' scores would count a response twice in n: n is the larger of theirs.
        pooled.responses = Math.max(...step.ids.map((i) => sums.get(i)?.responses ?? 0));
        indicators[id] = reason ? withheld('part') : planned(null, pooled, version.scale);
      }
    }
    const byId = (list: { id: string }[]) =>
      Object.fromEntries(list.filter((e) => !suppressed && sums.has(e.id)).map((e) => [e.id, fig(e.id)]));
    points.push({
      roundId: round.id,
      name: presentName(round),
      opensAt: round.opens_at,
      instrumentVersion: round.version,
      responses,
      suppressed,
      areas: byId(instrument.areas),
      standards: byId(instrument.areas.flatMap((a) => a.standards)),
      indicators,
      changedStandards: changedStandards(instrument, version, lineage),
    });
  }
  return points;
}
