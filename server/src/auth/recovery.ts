/**
 * Setting a password through a mailed link: the staff invitation (instead of
 * an administrator typing a password) and the password reset. The reset
 * answers the same whether or not the address has an account.
 */
import { type Actor, audit } from '../audit/log';
import type { Executor } from '../db/knex';
import { AppError } from '../http/errors';
import type { Language } from '../instrument/text';
import { enqueueMail } from '../mail/outbox';
import { destroyUserSessions } from './sessions';
import { issueToken, redeemToken, TOKEN_LIFETIME_MS, type TokenPurpose } from './tokens';

export type Recipient = { id: string; email: string; name: string; language: Language };

/** The page that takes the token: it stays in the fragment, so it is in no server log and no Referer. */
export const setPasswordLink = (publicUrl: string, token: string) => `${publicUrl}/set-password#${token}`;

/** Stores a fresh single-use link for the user and its message, in the caller's transaction. */
export async function mailPasswordLink(db: Executor, publicUrl: string, user: Recipient, purpose: TokenPurpose) {
  const link = setPasswordLink(publicUrl, await issueToken(db, user.id, purpose));
  const to = { address: user.email, language: user.language };
  const lifetime = TOKEN_LIFETIME_MS[purpose];
  await enqueueMail(
    db,
    to,
    purpose === 'invitation'
      ? { kind: 'staff_invitation', name: user.name, link, hours: lifetime / 3_600_000 }
      : { kind: 'password_reset', link, minutes: lifetime / 60_000 },
  );
}

/**
 * A reset link for an account that may sign in with a password; nothing for an
 * unknown, disabled or single-sign-on-only one. The caller answers the same either way.
 */
export async function requestPasswordReset(db: Executor, publicUrl: string, email: string): Promise<void> {
  const user = await db('users')
    .select('id', 'email', 'name', 'language', 'disabled', 'password_login', 'awaiting_role')
    .where('email', email)
    .first();
  const eligible = user && !user.disabled && user.password_login && !user.awaiting_role;
  if (eligible) await mailPasswordLink(db, publicUrl, user, 'reset');
  // Recorded either way (the email as given, like a failed sign-in), so that probing shows in the log.
  await audit(
    db,
    { id: null, email },
    'password.reset_requested',
    { type: 'user', id: user?.id ?? null },
    eligible ? undefined : { reason: user ? 'not_eligible' : 'unknown_email' },
  );
}

const invalidLink = () =>
  new AppError(
    400,
    'link_invalid',
    'the link is not valid: it was used already, has expired or was replaced by a newer one',
  );

/**
 * Sets the password (hashed by the caller, outside the transaction) of the link's
 * account and ends every session it had; the link works once.
 */
export async function setPasswordWithToken(db: Executor, token: string, passwordHash: string): Promise<Actor> {
  const used = await redeemToken(db, token);
  if (!used) throw invalidLink();
  const user = await db('users').select('id', 'email', 'disabled', 'password_login').where('id', used.userId).first();
  if (!user || user.disabled || !user.password_login) throw invalidLink();
  await db('users').where('id', user.id).update({ password_hash: passwordHash });
  await destroyUserSessions(db, user.id);
  const actor = { id: user.id as string, email: user.email as string };
  await audit(db, actor, used.purpose === 'invitation' ? 'password.set' : 'password.reset', {
    type: 'user',
    id: user.id,
  });
  return actor;
}
