import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('responses', (t) => {
    t.string('id', 36).primary(); // chosen by the client: a retried submit finds its response
    t.string('round_id', 36).notNullable().references('rounds.id');
    t.string('organisation_id', 36).notNullable().references('organisations.id');
    t.string('status', 16).notNullable(); // submitted
    t.string('language', 2).notNullable();
    t.string('created_at', 32).notNullable();
    t.string('submitted_at', 32);
    t.index(['round_id', 'organisation_id', 'status']);
  });
  // One row an indicator answer. Round, organisation, area and standard are
  // copied in so that aggregates are one indexed GROUP BY, without joins.
  await db.schema.createTable('answers', (t) => {
    t.string('response_id', 36).notNullable().references('responses.id').onDelete('CASCADE');
    t.string('round_id', 36).notNullable();
    t.string('organisation_id', 36).notNullable();
    t.string('area_id', 64).notNullable();
    t.string('standard_id', 64).notNullable();
    t.string('indicator_id', 64).notNullable();
    t.integer('value'); // null: not applicable or text only
    t.boolean('not_applicable').notNullable().defaultTo(false);
    t.text('text');
    t.primary(['response_id', 'indicator_id']);
    t.index(['round_id', 'organisation_id', 'indicator_id', 'value'], 'answers_round_org_indicator');
    t.index(['round_id', 'indicator_id', 'value'], 'answers_round_indicator');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('answers');
  await db.schema.dropTable('responses');
}
