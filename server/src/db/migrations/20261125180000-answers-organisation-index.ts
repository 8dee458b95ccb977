import type { Knex } from 'knex';

/**
 * Results read the rollups now, so the two covering indexes on answers only
 * slowed every submit (about 110 dirtied pages a commit). What still reads
 * answers (evidence texts, reflections, exports) filters by round and
 * organisation.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('answers', (t) => {
    t.dropIndex([], 'answers_round_org_indicator');
    t.dropIndex([], 'answers_round_indicator');
    t.index(['round_id', 'organisation_id'], 'answers_round_organisation');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('answers', (t) => {
    t.dropIndex([], 'answers_round_organisation');
    t.index(['round_id', 'organisation_id', 'indicator_id', 'value'], 'answers_round_org_indicator');
    t.index(['round_id', 'indicator_id', 'value'], 'answers_round_indicator');
  });
}
