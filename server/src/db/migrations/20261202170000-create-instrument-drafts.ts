import type { Knex } from 'knex';

/**
 * Instrument versions being written in the editor: a document that may still
 * be invalid, saved with a revision so that a stale tab cannot overwrite a
 * newer save. Publishing turns a draft into a version and removes it.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('instrument_drafts', (t) => {
    t.string('id', 36).primary();
    t.string('instrument_id', 64).notNullable();
    t.string('based_on', 32);
    t.text('document').notNullable();
    t.integer('revision').notNullable().defaultTo(0);
    t.string('created_by', 36);
    t.string('created_at', 32).notNullable();
    t.string('updated_at', 32).notNullable();
    t.index(['instrument_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('instrument_drafts');
}
