/**
 * The organisation over rounds of the same instrument, joined across
 * instrument versions through `replaces`: an indicator's earlier figures
 * pool the scores of the indicators it continues.
 */
import type { SessionUser } from '../auth/types';
import type { Executor } from '../db/knex';
import { presentName } from '../db/names';
import { resolveLineage } from '../instrument/mapping';
import type { Instrument } from '../instrument/schema';
import { compareVersions } from '../instrument/semver';
import { parseStoredInstrument } from '../instruments/store';
import { findRound, type RoundRow } from '../rounds/queries';
import { addSums, figureOf, type Sums, ZERO } from './figures';
import { figureSums, organisationCounts } from './queries';
import { organisationVisibility } from './suppression';
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

/** Lineage of the instrument's indicators through every non-draft version up to this one (a mapping may pass through versions no round used). */
export async function instrumentLineage(db: Executor, instrument: Instrument) {
  const rows = await db('instrument_versions')
    .select('checksum', 'document', 'version')
    .where('instrument_id', instrument.id)
    .whereNot('status', 'draft');
  const versions = rows
    .filter((r) => compareVersions(r.version, instrument.version) < 0)
    .map(parseStoredInstrument)
    .concat(instrument)
    .sort((a, b) => compareVersions(a.version, b.version));
  return resolveLineage(versions);
}

export async function organisationTrend(
  db: Executor,
  current: RoundRow,
  instrument: Instrument,
  organisationId: string,
  viewer: Pick<SessionUser, 'role'> | null,
): Promise<TrendPoint[]> {
  const rounds = await roundsOfOrganisation(db, current, organisationId);
  const lineage = await instrumentLineage(db, instrument);

  const points: TrendPoint[] = [];
  for (const round of rounds) {
    const [count] = await organisationCounts(db, round.id, { organisationId });
    const responses = count?.responses ?? 0;
    const suppressed =
      !count || (await organisationVisibility(db, round, organisationId, count.regionCode, viewer)) !== null;
    const sums = suppressed
      ? new Map<string, Sums>()
      : await figureSums(db, round.id, { level: 'organisation', regionCode: count!.regionCode, organisationId });
    const fig = (s: Sums | undefined): Figure => figureOf(s ?? ZERO, instrument.scale, round.min_group_size);
    const byIds = (ids: string[]) =>
      ids.reduce<Sums | undefined>((acc, id) => {
        const s = sums.get(id);
        return s ? addSums(acc ?? ZERO, s) : acc;
      }, undefined);

    const indicators: Record<string, Figure> = {};
    for (const [id, steps] of lineage) {
      const step = steps.find((s) => s.version === round.version);
      const pooled = step ? byIds(step.ids) : undefined;
      // Pooling two indicators' scores would count a response twice in n: n is the larger of theirs.
      if (pooled && step && step.ids.length > 1)
        pooled.responses = Math.max(...step.ids.map((i) => sums.get(i)?.responses ?? 0));
      if (!suppressed && pooled) indicators[id] = fig(pooled);
    }
    const byId = (list: { id: string }[]) =>
      Object.fromEntries(list.filter((e) => !suppressed && sums.has(e.id)).map((e) => [e.id, fig(sums.get(e.id))]));
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
    });
  }
  return points;
}
