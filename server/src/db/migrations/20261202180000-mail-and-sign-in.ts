import type { Knex } from 'knex';

/**
 * Email and single sign-on. A durable outbox (a message is stored in the
 * transaction of the change that causes it and sent by a worker); single-use
 * tokens for setting and resetting passwords (only their SHA-256 is stored);
 * organisations' contact addresses for round invitations; scheduled
 * reminders; OpenID Connect identities of accounts and the short-lived state
 * of a sign-in at the provider.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('mail_outbox', (t) => {
    t.string('id', 36).primary();
    t.string('kind', 32).notNullable(); // staff_invitation | password_reset | round_invitation | round_reminder
    t.string('recipient', 254).notNullable();
    t.string('language', 2).notNullable();
    t.text('subject').notNullable();
    t.text('text_body').notNullable();
    t.text('html_body').notNullable();
    t.string('status', 16).notNullable(); // pending | sending | sent | failed
    t.integer('attempts').notNullable().defaultTo(0);
    t.string('next_attempt_at', 32).notNullable();
    t.string('claimed_until', 32); // a crashed sender's claim lapses then
    t.string('sent_at', 32);
    t.string('last_error', 500);
    t.string('created_at', 32).notNullable();
    t.index(['status', 'next_attempt_at']);
  });
  await db.schema.createTable('user_tokens', (t) => {
    t.string('id', 64).primary(); // sha-256 of the token in the link
    t.string('user_id', 36).notNullable().references('users.id').onDelete('CASCADE');
    t.string('purpose', 16).notNullable(); // invitation | reset
    t.string('created_at', 32).notNullable();
    t.string('expires_at', 32).notNullable();
    t.string('used_at', 32);
    t.index(['user_id']);
  });
  await db.schema.alterTable('users', (t) => {
    t.boolean('password_login').notNullable().defaultTo(true); // false: only single sign-on
    t.string('language', 2).notNullable().defaultTo('fi'); // the language of the account's mail
    t.string('oidc_subject', 300).unique(); // issuer + " " + sub of a linked identity
    t.boolean('awaiting_role').notNullable().defaultTo(false); // created by single sign-on, no access yet
  });
  await db.schema.alterTable('sessions', (t) => {
    t.string('via', 8).notNullable().defaultTo('local'); // local (password) | sso
  });
  await db.schema.alterTable('organisations', (t) => {
    t.string('contact_email', 254); // round invitations and reminders go here
    t.string('contact_language', 2).notNullable().defaultTo('fi');
  });
  await db.schema.createTable('round_reminders', (t) => {
    t.string('id', 36).primary();
    t.string('round_id', 36).notNullable().references('rounds.id');
    t.string('send_at', 32).notNullable();
    t.boolean('include_met').notNullable().defaultTo(false); // also organisations that met the minimum
    t.string('status', 16).notNullable(); // scheduled | sent | cancelled
    t.integer('recipients');
    t.string('created_by', 36);
    t.string('created_at', 32).notNullable();
    t.string('sent_at', 32);
    t.index(['status', 'send_at']);
  });
  await db.schema.createTable('oidc_logins', (t) => {
    t.string('id', 64).primary(); // sha-256 of the state, which the browser also holds in a cookie
    t.string('nonce', 64).notNullable();
    t.string('code_verifier', 128).notNullable();
    t.string('created_at', 32).notNullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('oidc_logins');
  await db.schema.dropTable('round_reminders');
  await db.schema.alterTable('organisations', (t) => t.dropColumns('contact_email', 'contact_language'));
  await db.schema.alterTable('sessions', (t) => t.dropColumn('via'));
  await db.schema.alterTable('users', (t) => {
    t.dropUnique(['oidc_subject']);
    t.dropColumns('password_login', 'language', 'oidc_subject', 'awaiting_role');
  });
  await db.schema.dropTable('user_tokens');
  await db.schema.dropTable('mail_outbox');
}
