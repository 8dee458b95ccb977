import type { Knex } from 'knex';

/**
 * Disclosure control: a round may set a higher minimum for texts than for
 * figures, and a working-group round may declare at its start that group
 * answers are shared with the other participating groups. Rollups count the
 * people behind each figure (a working group's answer counts its
 * participants toward the minimum).
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('rounds', (t) => {
    t.integer('min_text_group_size'); // null: the same as min_group_size
    t.boolean('share_group_answers').notNullable().defaultTo(false);
  });
  await db.schema.alterTable('rollup_organisations', (t) => {
    t.integer('people').notNullable().defaultTo(0); // responses, a working group's counted as its participants
  });
  await db.schema.alterTable('rollup_figures', (t) => {
    t.integer('people').notNullable().defaultTo(0); // people behind the responses that scored the element
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('rollup_figures', (t) => t.dropColumn('people'));
  await db.schema.alterTable('rollup_organisations', (t) => t.dropColumn('people'));
  await db.schema.alterTable('rounds', (t) => {
    t.dropColumn('min_text_group_size');
    t.dropColumn('share_group_answers');
  });
}
