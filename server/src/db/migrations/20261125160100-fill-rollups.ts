import type { Knex } from 'knex';

/**
 * Data migration: rollups for the responses submitted before rollups existed.
 * Frozen: the SQL below is what rollups were when this migration landed, so it
 * never changes when the live rollup code does (later columns get their own
 * migrations).
 */
export async function up(db: Knex): Promise<void> {
  await db.raw(
    `insert into rollup_organisations (round_id, organisation_id, region_code, responses, participants)
     select r.round_id, r.organisation_id, o.region_code, count(*), coalesce(sum(r.participants), 0)
     from responses r join organisations o on o.id = r.organisation_id
     where r.status = 'submitted'
     group by r.round_id, r.organisation_id, o.region_code`,
  );
  for (const [kind, column] of [
    ['indicator', 'indicator_id'],
    ['standard', 'standard_id'],
    ['area', 'area_id'],
  ] as const) {
    await db.raw(
      `insert into rollup_figures (round_id, level, region_code, organisation_id, element_kind, element_id, responses, score_sum, score_count, na_count)
       select a.round_id, 'organisation', o.region_code, a.organisation_id, '${kind}', a.${column},
              count(distinct case when a.value is not null then a.response_id end),
              coalesce(sum(a.value), 0), count(a.value), sum(case when a.not_applicable then 1 else 0 end)
       from answers a join organisations o on o.id = a.organisation_id
       where a.indicator_id is not null
       group by a.round_id, o.region_code, a.organisation_id, a.${column}`,
    );
  }
  await db.raw(
    `delete from rollup_figures where level = 'organisation' and element_kind = 'indicator' and score_count = 0 and na_count = 0`,
  );
  for (const level of ['region', 'round'] as const) {
    const region = level === 'region' ? 'f.region_code' : "''";
    await db.raw(
      `insert into rollup_figures (round_id, level, region_code, organisation_id, element_kind, element_id, responses, score_sum, score_count, na_count)
       select f.round_id, '${level}', ${region}, '', f.element_kind, f.element_id,
              sum(f.responses), sum(f.score_sum), sum(f.score_count), sum(f.na_count)
       from rollup_figures f where f.level = 'organisation'
       group by f.round_id, ${level === 'region' ? 'f.region_code, ' : ''}f.element_kind, f.element_id`,
    );
  }
  await db.raw(
    `insert into rollup_distribution (round_id, organisation_id, indicator_id, value, count)
     select a.round_id, a.organisation_id, a.indicator_id, a.value, count(*)
     from answers a where a.value is not null
     group by a.round_id, a.organisation_id, a.indicator_id, a.value`,
  );
}

export async function down(db: Knex): Promise<void> {
  await db('rollup_distribution').delete();
  await db('rollup_figures').delete();
  await db('rollup_organisations').delete();
}
