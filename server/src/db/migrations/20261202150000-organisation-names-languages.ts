import type { Knex } from 'knex';

/**
 * Organisations are named in Finnish, Swedish and English (a bilingual
 * organisation has two official names; English is optional), and an
 * organisation or a round may set the language its invitation links open in
 * (null: the respondent's browser decides). `organisations.name` stays as the
 * name in the organisation's own language, for sorting and search.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('organisations', (t) => {
    t.string('name_fi', 200);
    t.string('name_sv', 200);
    t.string('name_en', 200);
    t.string('language', 2); // fi | sv | en, or null
  });
  await db('organisations').update({ name_fi: db.ref('name') });
  await db.schema.alterTable('rounds', (t) => {
    t.string('language', 2); // overrides the organisation's link language; null: the organisation's
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('rounds', (t) => t.dropColumn('language'));
  await db.schema.alterTable('organisations', (t) => {
    t.dropColumn('name_fi');
    t.dropColumn('name_sv');
    t.dropColumn('name_en');
    t.dropColumn('language');
  });
}
