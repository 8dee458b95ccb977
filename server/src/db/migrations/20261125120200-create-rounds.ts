import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('rounds', (t) => {
    t.string('id', 36).primary();
    t.string('name_fi', 200).notNullable();
    t.string('name_sv', 200);
    t.string('name_en', 200);
    t.integer('instrument_version_id').notNullable().references('instrument_versions.id');
    t.string('opens_at', 32).notNullable();
    t.string('closes_at', 32).notNullable();
    t.integer('min_group_size').notNullable().defaultTo(5);
    t.string('created_at', 32).notNullable();
  });
  await db.schema.createTable('round_organisations', (t) => {
    t.string('round_id', 36).notNullable().references('rounds.id');
    t.string('organisation_id', 36).notNullable().references('organisations.id');
    t.primary(['round_id', 'organisation_id']);
    t.index(['organisation_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('round_organisations');
  await db.schema.dropTable('rounds');
}
