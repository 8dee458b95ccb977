import type { Knex } from 'knex';

/**
 * Rollups kept current on submit, so that results never scan the answers:
 * per organisation, per region and for the whole round.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('rollup_organisations', (t) => {
    t.string('round_id', 36).notNullable();
    t.string('organisation_id', 36).notNullable();
    t.string('region_code', 2).notNullable();
    t.integer('responses').notNullable();
    t.integer('participants').notNullable(); // people behind working-group responses
    t.primary(['round_id', 'organisation_id']);
    t.index(['round_id', 'region_code']);
  });
  // One row per (round, level, region, organisation, element): element is an area, standard or indicator id.
  await db.schema.createTable('rollup_figures', (t) => {
    t.string('round_id', 36).notNullable();
    t.string('level', 16).notNullable(); // organisation | region | round
    t.string('region_code', 2).notNullable(); // '' on the round level
    t.string('organisation_id', 36).notNullable(); // '' above the organisation level
    t.string('element_kind', 12).notNullable(); // area | standard | indicator
    t.string('element_id', 64).notNullable();
    t.integer('responses').notNullable(); // responses with at least one score in the element
    t.bigInteger('score_sum').notNullable();
    t.integer('score_count').notNullable();
    t.integer('na_count').notNullable();
    t.primary(['round_id', 'level', 'region_code', 'organisation_id', 'element_id']);
  });
  await db.schema.createTable('rollup_distribution', (t) => {
    t.string('round_id', 36).notNullable();
    t.string('organisation_id', 36).notNullable();
    t.string('indicator_id', 64).notNullable();
    t.integer('value').notNullable();
    t.integer('count').notNullable();
    t.primary(['round_id', 'organisation_id', 'indicator_id', 'value']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('rollup_distribution');
  await db.schema.dropTable('rollup_figures');
  await db.schema.dropTable('rollup_organisations');
}
