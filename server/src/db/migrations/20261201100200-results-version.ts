import type { Knex } from 'knex';

/**
 * A round's results version: raised in the same transaction as every change
 * to its rollups, so anything derived from them (the disclosure plans) can be
 * cached under it, by any number of server processes.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('rounds', (t) => {
    t.integer('results_version').notNullable().defaultTo(0);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('rounds', (t) => t.dropColumn('results_version'));
}
