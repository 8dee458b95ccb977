import type { Knex } from 'knex';

/**
 * Submitted responses whose answers are stored but not yet folded into the
 * rollups. A submit adds its row in its own transaction; the rollup applier
 * folds a batch into the rollups and deletes the batch's rows in one
 * transaction, so a response is counted once, also across a crash.
 * Responses submitted before this migration are already in the rollups.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('rollup_pending', (t) => {
    t.increments('seq');
    t.string('response_id', 36).notNullable().unique();
    t.string('round_id', 36).notNullable();
    t.string('created_at', 32).notNullable();
    t.index(['round_id', 'created_at']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('rollup_pending');
}
