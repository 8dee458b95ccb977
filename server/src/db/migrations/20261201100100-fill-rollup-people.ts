import type { Knex } from 'knex';

/**
 * Data migration: the people behind existing rollups. An individual response
 * is one person; a working group's response is its participants (at least one).
 * Frozen SQL, independent of the live rollup code.
 */
export async function up(db: Knex): Promise<void> {
  const weight = 'case when r.participants is null or r.participants < 1 then 1 else r.participants end';
  await db.raw(
    `update rollup_organisations set people = coalesce((
       select sum(${weight}) from responses r
       where r.status = 'submitted' and r.round_id = rollup_organisations.round_id
         and r.organisation_id = rollup_organisations.organisation_id), 0)`,
  );
  for (const [kind, column] of [
    ['indicator', 'indicator_id'],
    ['standard', 'standard_id'],
    ['area', 'area_id'],
  ] as const) {
    await db.raw(
      `update rollup_figures set people = coalesce((
         select sum(${weight}) from responses r
         where r.status = 'submitted' and r.round_id = rollup_figures.round_id
           and (rollup_figures.level <> 'organisation' or r.organisation_id = rollup_figures.organisation_id)
           and (rollup_figures.level <> 'region' or r.organisation_id in
                (select o.id from organisations o where o.region_code = rollup_figures.region_code))
           and exists (select 1 from answers a where a.response_id = r.id
                       and a.${column} = rollup_figures.element_id and a.value is not null)), 0)
       where element_kind = '${kind}'`,
    );
  }
}

export async function down(db: Knex): Promise<void> {
  await db('rollup_figures').update({ people: 0 });
  await db('rollup_organisations').update({ people: 0 });
}
