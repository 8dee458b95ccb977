import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('regions', (t) => {
    t.string('code', 2).primary(); // official region (maakunta) code, e.g. "11"
    t.string('name_fi', 100).notNullable();
    t.string('name_sv', 100).notNullable();
    t.string('name_en', 100).notNullable();
  });
  await db.schema.createTable('organisations', (t) => {
    t.string('id', 36).primary();
    t.string('name', 200).notNullable();
    t.string('region_code', 2).notNullable().references('regions.code');
    t.string('created_at', 32).notNullable();
    t.index(['region_code']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('organisations');
  await db.schema.dropTable('regions');
}
