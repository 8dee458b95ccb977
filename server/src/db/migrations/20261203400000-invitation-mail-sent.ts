import type { Knex } from 'knex';

/**
 * When a round's invitation link was last mailed, and to which address: a
 * second "send the invitations" then goes only to the organisations whose
 * current link has not yet gone to their current contact address (a new link
 * or a changed address counts as not sent).
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('invitations', (t) => {
    t.string('mailed_at', 32);
    t.string('mailed_to', 254);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('invitations', (t) => t.dropColumns('mailed_at', 'mailed_to'));
}
