/**
 * The quality loop: each action of an earlier round of the same instrument,
 * beside the change in its indicator's or standard's scores since then.
 */
import type { SessionUser } from '../auth/types';
import type { Executor } from '../db/knex';
import { presentName } from '../db/names';
import { NotFoundError } from '../http/errors';
import { settledFreshness } from '../results/applier';
import { instrumentLineage, organisationTrend, roundsOfOrganisation } from '../results/trend';
import type { Figure } from '../results/types';
import { findRound, roundInstrument } from '../rounds/queries';
import { presentAction } from './service';
import type { ActionFollowUp } from './types';

export async function actionFollowUp(
  db: Executor,
  roundId: string,
  organisationId: string,
  viewer: SessionUser,
): Promise<ActionFollowUp[]> {
  const round = await findRound(db, roundId);
  if (!round) throw new NotFoundError('the round');
  const instrument = await roundInstrument(db, round);
  const earlier = (await roundsOfOrganisation(db, round, organisationId)).filter((r) => r.id !== round.id);
  if (earlier.length === 0) return [];
  const rows = await db('action_items')
    .where('organisation_id', organisationId)
    .whereIn(
      'round_id',
      earlier.map((r) => r.id),
    )
    .orderBy('due_date');
  if (rows.length === 0) return [];

  // This round's figures come from the rollups: wait (as every results request does) for its pending responses.
  await settledFreshness(db, round.id);
  const trend = await organisationTrend(db, round, instrument, organisationId, { kind: 'staff', user: viewer });
  const lineage = await instrumentLineage(db, instrument);
  const now = trend.find((p) => p.roundId === round.id);

  return rows.map((row): ActionFollowUp => {
    const action = presentAction(row);
    const then = trend.find((p) => p.roundId === row.round_id);
    const actionRound = earlier.find((r) => r.id === row.round_id)!;
    // The target's successors in this round's version: itself if unchanged, or what replaced it.
    const currentIds =
      row.target_kind === 'standard'
        ? [row.target_id]
        : [...lineage]
            .filter(([, steps]) => steps.find((s) => s.version === actionRound.version)?.ids.includes(row.target_id))
            .map(([id]) => id);
    const pick = (point: typeof then): Figure | null => {
      if (!point || currentIds.length === 0) return null;
      const table = row.target_kind === 'standard' ? point.standards : point.indicators;
      return table[currentIds[0]!] ?? null;
    };
    const before = pick(then);
    const after = pick(now);
    return {
      ...action,
      roundName: presentName(actionRound),
      currentIds,
      before,
      after,
      change: before?.mean != null && after?.mean != null ? Math.round((after.mean - before.mean) * 100) / 100 : null,
    };
  });
}
