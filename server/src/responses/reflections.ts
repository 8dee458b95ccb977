/**
 * Shared reflections: the evidence texts and open answers of a round, for
 * those who took part. Texts of an organisation below the round's minimum
 * group size stay inside that organisation.
 */
import type { Executor } from '../db/knex';
import { flattenIndicators, type Instrument } from '../instrument/schema';
import type { Reflections } from './types';

/** Organisations of the round with at least `min` submitted responses. */
export function reportableOrganisations(db: Executor, roundId: string, min: number) {
  return db('responses')
    .select('organisation_id')
    .where({ round_id: roundId, status: 'submitted' })
    .groupBy('organisation_id')
    .havingRaw('count(*) >= ?', [min]);
}

export async function roundReflections(
  db: Executor,
  round: { id: string; min_group_size: number },
  instrument: Instrument,
  viewer: { ownOrganisationId?: string; excludeResponseId?: string; regionCode?: string } = {},
): Promise<Reflections> {
  const { ownOrganisationId, excludeResponseId, regionCode } = viewer;
  const rows = await db('answers')
    .select('indicator_id', 'text')
    .where('round_id', round.id)
    .whereNotNull('text')
    .modify((q) => {
      // The others' comments: a respondent does not get their own back.
      if (excludeResponseId) q.whereNot('response_id', excludeResponseId);
      if (regionCode) q.whereIn('organisation_id', db('organisations').select('id').where('region_code', regionCode));
    })
    .andWhere((q) => {
      q.whereIn('organisation_id', reportableOrganisations(db, round.id, round.min_group_size));
      if (ownOrganisationId) q.orWhere('organisation_id', ownOrganisationId);
    })
    // Sorted by text, not by time or response: the order tells nothing of who wrote what.
    .orderBy(['indicator_id', 'text']);
  const byIndicator = new Map<string, string[]>();
  for (const r of rows) byIndicator.set(r.indicator_id, [...(byIndicator.get(r.indicator_id) ?? []), r.text]);
  return {
    roundId: round.id,
    indicators: flattenIndicators(instrument)
      .map((e) => ({ indicatorId: e.indicator.id, texts: byIndicator.get(e.indicator.id) ?? [] }))
      .filter((i) => i.texts.length > 0),
  };
}
