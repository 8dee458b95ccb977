import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('instrument_versions', (t) => {
    t.increments('id').primary();
    t.string('instrument_id', 64).notNullable();
    t.string('version', 32).notNullable();
    t.string('status', 16).notNullable(); // draft | published | retired
    t.string('checksum', 64).notNullable(); // sha-256 of the canonical JSON
    t.text('document').notNullable();
    t.string('created_at', 32).notNullable();
    t.unique(['instrument_id', 'version']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('instrument_versions');
}
