import type { Knex } from 'knex';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('users', (t) => {
    t.string('id', 36).primary();
    t.string('email', 254).notNullable().unique(); // stored lower-case
    t.string('name', 200).notNullable();
    t.string('password_hash', 200).notNullable();
    t.string('role', 16).notNullable(); // admin | coordinator | manager
    t.string('region_code', 2).references('regions.code'); // coordinators
    t.boolean('disabled').notNullable().defaultTo(false);
    t.string('created_at', 32).notNullable();
  });
  await db.schema.createTable('user_organisations', (t) => {
    t.string('user_id', 36).notNullable().references('users.id').onDelete('CASCADE');
    t.string('organisation_id', 36).notNullable().references('organisations.id');
    t.primary(['user_id', 'organisation_id']);
    t.index(['organisation_id']);
  });
  // Sessions live in the database so that several server processes share them.
  await db.schema.createTable('sessions', (t) => {
    t.string('id', 64).primary(); // sha-256 of the cookie's token: a database leak gives no usable session
    t.string('user_id', 36).notNullable().references('users.id').onDelete('CASCADE');
    t.string('csrf_token', 64).notNullable();
    t.string('created_at', 32).notNullable();
    t.string('last_seen_at', 32).notNullable();
    t.string('expires_at', 32).notNullable(); // absolute timeout
    t.index(['user_id']);
  });
  // Rate-limit counters, shared by every server process.
  await db.schema.createTable('rate_limits', (t) => {
    t.string('key', 200).primary();
    t.integer('hits').notNullable();
    t.string('reset_at', 32).notNullable();
  });
  await db.schema.createTable('audit_log', (t) => {
    t.increments('id').primary();
    t.string('at', 32).notNullable();
    t.string('user_id', 36); // null for the command line
    t.string('user_email', 254);
    t.string('action', 64).notNullable();
    t.string('target_type', 32).notNullable();
    t.string('target_id', 64);
    t.text('details');
    t.index(['at']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('audit_log');
  await db.schema.dropTable('rate_limits');
  await db.schema.dropTable('sessions');
  await db.schema.dropTable('user_organisations');
  await db.schema.dropTable('users');
}
