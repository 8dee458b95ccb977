/**
 * Single-use tokens in links that set a password: a staff invitation (valid
 * 72 hours) and a password reset (60 minutes). The link carries 256 random
 * bits; the table holds their SHA-256. A new token of a purpose voids the
 * user's earlier ones, and using a token voids them all.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Executor } from '../db/knex';

export type TokenPurpose = 'invitation' | 'reset';

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  invitation: 72 * 60 * 60_000,
  reset: 60 * 60_000,
};

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function issueToken(db: Executor, userId: string, purpose: TokenPurpose, now = new Date()) {
  await db('user_tokens').where({ user_id: userId }).whereNull('used_at').update({ used_at: now.toISOString() });
  const token = randomBytes(32).toString('base64url');
  await db('user_tokens').insert({
    id: hash(token),
    user_id: userId,
    purpose,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]).toISOString(),
  });
  return token;
}

/**
 * Uses a token once: the user and the purpose, or undefined when the token is
 * unknown, used or expired. One UPDATE decides, so two simultaneous uses
 * cannot both succeed.
 */
export async function redeemToken(
  db: Executor,
  token: string,
  now = new Date(),
): Promise<{ userId: string; purpose: TokenPurpose } | undefined> {
  const [row] = await db('user_tokens')
    .where('id', hash(token))
    .whereNull('used_at')
    .where('expires_at', '>', now.toISOString())
    .update({ used_at: now.toISOString() })
    .returning(['user_id', 'purpose']);
  if (!row) return undefined;
  await db('user_tokens').where('user_id', row.user_id).whereNull('used_at').update({ used_at: now.toISOString() });
  return { userId: row.user_id, purpose: row.purpose };
}
