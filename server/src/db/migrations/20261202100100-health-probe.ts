import type { Knex } from 'knex';

/**
 * Rows that /api/health writes now and then: a write that fails on a full
 * disk or a read-only file. `padding` makes the probe need new pages, as a
 * submit does, and is deleted in the same transaction.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('health_probe', (t) => {
    t.integer('id').primary();
    t.string('checked_at', 32).notNullable();
    t.text('padding');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('health_probe');
}
