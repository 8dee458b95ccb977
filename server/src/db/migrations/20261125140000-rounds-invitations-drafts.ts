import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('rounds', (t) => {
    t.text('introduction'); // JSON: { fi, sv?, en? }
    t.string('video_url', 500);
    t.string('region_code', 2).references('regions.code'); // set when a coordinator opened it for their region
    t.string('created_by', 36);
  });
  // One invitation link an organisation and round; regenerating revokes the old one.
  await db.schema.createTable('invitations', (t) => {
    t.string('token', 64).primary(); // unguessable (256 bits); the link is the credential
    t.string('round_id', 36).notNullable().references('rounds.id');
    t.string('organisation_id', 36).notNullable().references('organisations.id');
    t.string('mode', 16).notNullable(); // individual | group
    t.string('created_at', 32).notNullable();
    t.string('revoked_at', 32);
    t.index(['round_id', 'organisation_id']);
  });
  await db.schema.alterTable('responses', (t) => {
    t.string('invitation_token', 64);
    t.string('resume_code_hash', 64).unique(); // sha-256 of the resume code
    t.integer('revision').notNullable().defaultTo(0);
    t.text('draft_answers'); // JSON of a draft's answers; rows in `answers` are written on submit
    t.string('draft_hash', 64); // sha-256 of the draft's canonical answers: a replayed save is recognised
    t.string('updated_at', 32);
    t.string('group_name', 200);
    t.integer('participants');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('responses', (t) => {
    t.dropColumns(
      'invitation_token',
      'resume_code_hash',
      'revision',
      'draft_answers',
      'draft_hash',
      'updated_at',
      'group_name',
      'participants',
    );
  });
  await db.schema.dropTable('invitations');
  await db.schema.alterTable('rounds', (t) => {
    t.dropColumns('introduction', 'video_url', 'region_code', 'created_by');
  });
}
