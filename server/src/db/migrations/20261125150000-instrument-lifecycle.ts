import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('instrument_versions', (t) => {
    t.string('published_at', 32);
    t.string('retired_at', 32);
    t.string('created_by', 36);
  });
  // Versions loaded before this migration were published when stored.
  await db('instrument_versions')
    .where('status', 'published')
    .update({ published_at: db.ref('created_at') });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('instrument_versions', (t) => {
    t.dropColumns('published_at', 'retired_at', 'created_by');
  });
}
