/**
 * Rollups: the figures of every area, standard and indicator per
 * organisation, per region and for the whole round, kept current in the
 * submit's own transaction. Results read these few rows, never the answers.
 */
import type { Knex } from 'knex';
import type { Executor } from '../db/knex';
import type { Answers } from '../instrument/answers';
import type { Instrument } from '../instrument/schema';

export type ElementKind = 'area' | 'standard' | 'indicator';
export type ElementDelta = { kind: ElementKind; id: string; responses: number; sum: number; count: number; na: number };
export type RollupDelta = { elements: ElementDelta[]; distribution: { indicatorId: string; value: number }[] };

/** What one submitted response adds: per element whether it scored, the sum and count of scores, and the "not applicable"s. */
export function rollupDelta(instrument: Instrument, answers: Answers): RollupDelta {
  const elements: ElementDelta[] = [];
  const distribution: RollupDelta['distribution'] = [];
  const add = (kind: ElementKind, id: string, parts: ElementDelta[]) => {
    const count = parts.reduce((n, p) => n + p.count, 0);
    elements.push({
      kind,
      id,
      responses: count > 0 ? 1 : 0,
      sum: parts.reduce((n, p) => n + p.sum, 0),
      count,
      na: parts.reduce((n, p) => n + p.na, 0),
    });
  };
  for (const area of instrument.areas) {
    const areaParts: ElementDelta[] = [];
    for (const standard of area.standards) {
      const standardParts: ElementDelta[] = [];
      for (const indicator of standard.indicators) {
        if (indicator.kind !== 'rating') continue;
        const answer = answers[indicator.id];
        const value = typeof answer?.value === 'number' ? answer.value : undefined;
        const part = {
          kind: 'indicator' as const,
          id: indicator.id,
          responses: value === undefined ? 0 : 1,
          sum: value ?? 0,
          count: value === undefined ? 0 : 1,
          na: answer?.na ? 1 : 0,
        };
        if (value !== undefined) distribution.push({ indicatorId: indicator.id, value });
        elements.push(part);
        standardParts.push(part);
      }
      add('standard', standard.id, standardParts);
      areaParts.push(...standardParts);
    }
    add('area', area.id, areaParts);
  }
  return { elements, distribution };
}

/** SQL for peopleOf(r.participants). */
const WEIGHT = 'case when r.participants is null or r.participants < 1 then 1 else r.participants end';

const FIGURE_KEY = ['round_id', 'level', 'region_code', 'organisation_id', 'element_id'];

function increments(db: Executor, table: string, columns: string[]) {
  return Object.fromEntries(columns.map((c) => [c, db.raw(`${table}.${c} + excluded.${c}`)]));
}

/** The people a response counts toward the minimum: one, or a working group's participants. */
export const peopleOf = (participants: number | null | undefined): number =>
  participants && participants > 1 ? participants : 1;

/** Adds one submitted response to the rollups; call inside the submit's transaction. */
export async function applyRollups(
  trx: Executor,
  target: { roundId: string; organisationId: string; regionCode: string; participants: number },
  delta: RollupDelta,
): Promise<void> {
  const { roundId, organisationId, regionCode } = target;
  const people = peopleOf(target.participants);
  await trx('rounds').where('id', roundId).increment('results_version', 1);
  await trx('rollup_organisations')
    .insert({
      round_id: roundId,
      organisation_id: organisationId,
      region_code: regionCode,
      responses: 1,
      participants: target.participants,
      people,
    })
    .onConflict(['round_id', 'organisation_id'])
    .merge(increments(trx, 'rollup_organisations', ['responses', 'participants', 'people']));

  const levels = [
    { level: 'organisation', region_code: regionCode, organisation_id: organisationId },
    { level: 'region', region_code: regionCode, organisation_id: '' },
    { level: 'round', region_code: '', organisation_id: '' },
  ];
  const rows = levels.flatMap((l) =>
    delta.elements.map((e) => ({
      round_id: roundId,
      ...l,
      element_kind: e.kind,
      element_id: e.id,
      responses: e.responses,
      people: e.responses * people,
      score_sum: e.sum,
      score_count: e.count,
      na_count: e.na,
    })),
  );
  for (let i = 0; i < rows.length; i += 200) {
    await trx('rollup_figures')
      .insert(rows.slice(i, i + 200))
      .onConflict(FIGURE_KEY)
      .merge(increments(trx, 'rollup_figures', ['responses', 'people', 'score_sum', 'score_count', 'na_count']));
  }
  if (delta.distribution.length > 0) {
    await trx('rollup_distribution')
      .insert(
        delta.distribution.map((d) => ({
          round_id: roundId,
          organisation_id: organisationId,
          indicator_id: d.indicatorId,
          value: d.value,
          count: 1,
        })),
      )
      .onConflict(['round_id', 'organisation_id', 'indicator_id', 'value'])
      .merge(increments(trx, 'rollup_distribution', ['count']));
  }
}

/**
 * Rebuilds the rollups from the stored answers with plain GROUP BYs: after a
 * bulk load, and to prove (in a test) that the incremental rollups agree.
 */
export async function rebuildRollups(db: Knex, roundId?: string): Promise<void> {
  const only = (q: Knex.QueryBuilder, column = 'round_id') => (roundId ? q.where(column, roundId) : q);
  await db.transaction(async (trx) => {
    await only(trx('rounds'), 'id').increment('results_version', 1);
    for (const table of ['rollup_distribution', 'rollup_figures', 'rollup_organisations'])
      await only(trx(table)).delete();
    const bind = roundId ? [roundId] : [];
    const where = (alias: string) => (roundId ? `and ${alias}.round_id = ?` : '');
    await trx.raw(
      `insert into rollup_organisations (round_id, organisation_id, region_code, responses, participants, people)
       select r.round_id, r.organisation_id, o.region_code, count(*), coalesce(sum(r.participants), 0), sum(${WEIGHT})
       from responses r join organisations o on o.id = r.organisation_id
       where r.status = 'submitted' ${where('r')}
       group by r.round_id, r.organisation_id, o.region_code`,
      bind,
    );
    for (const [kind, column] of [
      ['indicator', 'indicator_id'],
      ['standard', 'standard_id'],
      ['area', 'area_id'],
    ] as const) {
      await trx.raw(
        `insert into rollup_figures (round_id, level, region_code, organisation_id, element_kind, element_id, responses, people, score_sum, score_count, na_count)
         select s.round_id, 'organisation', s.region_code, s.organisation_id, '${kind}', s.element_id,
                sum(s.scored), sum(s.scored * s.weight), sum(s.score_sum), sum(s.score_count), sum(s.na_count)
         from (
           select a.round_id, o.region_code, a.organisation_id, a.${column} as element_id, a.response_id,
                  max(${WEIGHT}) as weight,
                  max(case when a.value is not null then 1 else 0 end) as scored,
                  coalesce(sum(a.value), 0) as score_sum, count(a.value) as score_count,
                  sum(case when a.not_applicable then 1 else 0 end) as na_count
           from answers a join organisations o on o.id = a.organisation_id join responses r on r.id = a.response_id
           where a.indicator_id is not null ${where('a')}
           group by a.round_id, o.region_code, a.organisation_id, a.${column}, a.response_id
         ) s
         group by s.round_id, s.region_code, s.organisation_id, s.element_id`,
        bind,
      );
    }
    // Open-text indicators have no figures; the incremental path skips them too.
    await trx.raw(
      `delete from rollup_figures where level = 'organisation' and element_kind = 'indicator' and score_count = 0 and na_count = 0 ${where('rollup_figures')}`,
      bind,
    );
    for (const [level, region] of [
      ['region', 'region_code'],
      ['round', "''"],
    ] as const) {
      await trx.raw(
        `insert into rollup_figures (round_id, level, region_code, organisation_id, element_kind, element_id, responses, people, score_sum, score_count, na_count)
         select f.round_id, '${level}', ${region === 'region_code' ? 'f.region_code' : "''"}, '', f.element_kind, f.element_id,
                sum(f.responses), sum(f.people), sum(f.score_sum), sum(f.score_count), sum(f.na_count)
         from rollup_figures f where f.level = 'organisation' ${where('f')}
         group by f.round_id, ${region === 'region_code' ? 'f.region_code, ' : ''}f.element_kind, f.element_id`,
        bind,
      );
    }
    await trx.raw(
      `insert into rollup_distribution (round_id, organisation_id, indicator_id, value, count)
       select a.round_id, a.organisation_id, a.indicator_id, a.value, count(*)
       from answers a where a.value is not null ${where('a')}
       group by a.round_id, a.organisation_id, a.indicator_id, a.value`,
      bind,
    );
  });
}
