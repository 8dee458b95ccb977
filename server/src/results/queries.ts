/**
 * Aggregates come from indexed GROUP BY queries over the answers table; answers
 * are never loaded into JavaScript one by one.
 */
import { type Executor, toBool, toNumber } from '../db/knex';

export type Scope = { roundId: string; organisationId: string };

export type IndicatorCount = { indicatorId: string; value: number | null; notApplicable: boolean; count: number };
export type GroupFigure = { id: string; n: number; mean: number | null };

/** Submitted responses (a working group's answer is one response) and, for groups, the people behind them. */
export async function countSubmitted(
  db: Executor,
  { roundId, organisationId }: Scope,
): Promise<{ responses: number; participants: number | null }> {
  const row = await db('responses')
    .count({ n: '*' })
    .sum({ people: 'participants' })
    .where({ round_id: roundId, organisation_id: organisationId, status: 'submitted' })
    .first();
  return {
    responses: toNumber(row?.n),
    participants: row?.people === null || row?.people === undefined ? null : toNumber(row.people),
  };
}

/** Distribution of answers a indicator: one row per (indicator, value, not applicable). */
export async function indicatorCounts(db: Executor, { roundId, organisationId }: Scope): Promise<IndicatorCount[]> {
  type Row = { indicator_id: string; value: unknown; not_applicable: unknown; count: unknown };
  const rows: Row[] = await db('answers')
    .select('indicator_id', 'value', 'not_applicable')
    .count({ count: '*' })
    .where({ round_id: roundId, organisation_id: organisationId })
    .andWhere((q) => q.whereNotNull('value').orWhere('not_applicable', true))
    .groupBy('indicator_id', 'value', 'not_applicable');
  return rows.map((r) => ({
    indicatorId: String(r.indicator_id),
    value: r.value === null ? null : toNumber(r.value),
    notApplicable: toBool(r.not_applicable),
    count: toNumber(r.count),
  }));
}

/** Mean of the scores and the number of responses that gave one, by standard or by area. */
export async function groupFigures(
  db: Executor,
  { roundId, organisationId }: Scope,
  level: 'standard_id' | 'area_id',
): Promise<GroupFigure[]> {
  type Row = { id: string; n: unknown; mean: unknown };
  const rows: Row[] = await db('answers')
    .select({ id: level })
    .countDistinct({ n: 'response_id' })
    .avg({ mean: 'value' })
    .where({ round_id: roundId, organisation_id: organisationId })
    .whereNotNull('value')
    .groupBy(level);
  return rows.map((r) => ({
    id: String(r.id),
    n: toNumber(r.n),
    mean: r.mean === null ? null : toNumber(r.mean),
  }));
}
