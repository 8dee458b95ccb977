/**
 * Who sees which organisation and region: the minimum group size and
 * complementary suppression (see suppressionPlan) applied to a round.
 */
import type { SessionUser } from '../auth/types';
import type { Executor } from '../db/knex';
import type { RoundRow } from '../rounds/queries';
import { suppressionPlan } from './figures';
import { organisationCounts } from './queries';
import type { SuppressionReason } from './types';

/** The organisations of a region in a round, with the suppression each one gets in the region's breakdown. */
export async function regionPlan(db: Executor, round: RoundRow, regionCode: string) {
  const participants: string[] = await db('round_organisations as ro')
    .join('organisations as o', 'o.id', 'ro.organisation_id')
    .where({ 'ro.round_id': round.id, 'o.region_code': regionCode })
    .pluck('o.id');
  const counts = new Map((await organisationCounts(db, round.id, { regionCode })).map((c) => [c.organisationId, c]));
  const groups = participants.map((id) => ({ id, responses: counts.get(id)?.responses ?? 0 }));
  return { groups, counts, plan: suppressionPlan(groups, round.min_group_size) };
}

/**
 * Whether an organisation's figures in a round are withheld from this viewer:
 * 'small' from everyone; 'complementary' from those who also see the region's
 * breakdown (coordinators, administrators), not from its own quality managers.
 */
export async function organisationVisibility(
  db: Executor,
  round: RoundRow,
  organisationId: string,
  regionCode: string,
  viewer: Pick<SessionUser, 'role'> | null,
): Promise<SuppressionReason | null> {
  const { plan } = await regionPlan(db, round, regionCode);
  const reason = plan.get(organisationId) ?? null;
  return reason === 'complementary' && (viewer === null || viewer.role === 'manager') ? null : reason;
}

/** Regions withheld in the country's breakdown: their totals are hidden wherever they would appear. */
export async function countryPlan(db: Executor, round: RoundRow) {
  const counts = await organisationCounts(db, round.id);
  const participating: string[] = await db('round_organisations as ro')
    .join('organisations as o', 'o.id', 'ro.organisation_id')
    .where('ro.round_id', round.id)
    .distinct('o.region_code')
    .pluck('o.region_code');
  const responsesOf = (code: string) =>
    counts.filter((c) => c.regionCode === code).reduce((n, c) => n + c.responses, 0);
  const groups = participating.map((code) => ({ id: code, responses: responsesOf(code) }));
  return { counts, groups, plan: suppressionPlan(groups, round.min_group_size) };
}
