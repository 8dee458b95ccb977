import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  // Improvement actions of an organisation's action plan, tied to an indicator or a standard of a round.
  await db.schema.createTable('action_items', (t) => {
    t.string('id', 36).primary();
    t.string('round_id', 36).notNullable().references('rounds.id');
    t.string('organisation_id', 36).notNullable().references('organisations.id');
    t.string('target_kind', 12).notNullable(); // indicator | standard
    t.string('target_id', 64).notNullable();
    t.string('title', 500).notNullable();
    t.string('responsible', 200).notNullable();
    t.string('due_date', 10).notNullable(); // YYYY-MM-DD
    t.string('status', 16).notNullable(); // planned | in_progress | done
    t.text('notes');
    t.string('created_by', 36);
    t.string('created_at', 32).notNullable();
    t.string('updated_at', 32).notNullable();
    t.index(['organisation_id', 'round_id']);
    t.index(['round_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('action_items');
}
