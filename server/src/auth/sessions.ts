/**
 * Database sessions: the cookie holds a random token; the table holds its
 * SHA-256, so several processes share sessions and a leaked table gives none.
 * Idle timeout 30 minutes, absolute timeout 8 hours.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { audit } from '../audit/log';
import type { Executor } from '../db/knex';
import { readsOf, toBool } from '../db/knex';
import { SESSION_COOKIE, sessionCookieOptions } from './middleware';
import type { Role, SessionInfo, SessionUser } from './types';

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const ABSOLUTE_TIMEOUT_MS = 8 * 60 * 60 * 1000;
/** Touching last_seen_at on every request would make every read a write; once a minute is enough. */
const TOUCH_AFTER_MS = 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Executor, userId: string, via: 'local' | 'sso' = 'local', now = new Date()) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS).toISOString();
  await db('sessions').insert({
    id: hashToken(token),
    user_id: userId,
    csrf_token: csrfToken,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: expiresAt,
    via,
  });
  return { token, csrfToken, expiresAt };
}

export type LoadedSession = {
  id: string;
  user: SessionUser;
  csrfToken: string;
  expiresAt: string;
  via: 'local' | 'sso';
};

/** The session of a token, or why there is none. Expired sessions are deleted on sight. */
export async function loadSession(
  db: Executor,
  token: string,
  now = new Date(),
): Promise<LoadedSession | 'expired' | undefined> {
  const id = hashToken(token);
  // Every signed-in request reads its session: on a reader, never behind the write queue.
  const read = readsOf(db);
  const row = await read('sessions as s')
    .join('users as u', 'u.id', 's.user_id')
    .select(
      's.id',
      's.csrf_token',
      's.last_seen_at',
      's.expires_at',
      's.via',
      'u.id as user_id',
      'u.email',
      'u.name',
      'u.role',
      'u.region_code',
      'u.disabled',
      'u.awaiting_role',
    )
    .where('s.id', id)
    .first();
  if (!row) return undefined;
  const idleSince = now.getTime() - Date.parse(row.last_seen_at);
  if (
    toBool(row.disabled) ||
    toBool(row.awaiting_role) ||
    idleSince > IDLE_TIMEOUT_MS ||
    now.toISOString() >= row.expires_at
  ) {
    await db('sessions').where('id', id).delete();
    return 'expired';
  }
  if (idleSince > TOUCH_AFTER_MS) await db('sessions').where('id', id).update({ last_seen_at: now.toISOString() });
  const user = await loadSessionUser(read, row);
  return {
    id,
    user,
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
    via: row.via === 'sso' ? 'sso' : 'local',
  };
}

type UserRow = { user_id: string; email: string; name: string; role: string; region_code: string | null };

async function loadSessionUser(db: Executor, row: UserRow): Promise<SessionUser> {
  const orgs = await db('user_organisations').select('organisation_id').where('user_id', row.user_id);
  return {
    id: row.user_id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    regionCode: row.region_code,
    organisationIds: orgs.map((o) => String(o.organisation_id)).sort(),
  };
}

export async function destroySession(db: Executor, sessionId: string): Promise<void> {
  await db('sessions').where('id', sessionId).delete();
}

/** Ends every session of a user: on disabling, role change or password change. */
export async function destroyUserSessions(db: Executor, userId: string): Promise<void> {
  await db('sessions').where('user_id', userId).delete();
}

/** What the API tells about a session. */
export function sessionInfo(session: LoadedSession): SessionInfo {
  const { user, csrfToken, expiresAt, via } = session;
  return { user, csrfToken, expiresAt, via };
}

/**
 * Signs a user in, by password or single sign-on alike: a new session id (any
 * session the browser had is ended), the cookie, the audit entry.
 */
export async function startSession(
  db: Executor,
  req: Request,
  res: Response,
  userId: string,
  via: 'local' | 'sso',
): Promise<LoadedSession | undefined> {
  if (req.auth) await destroySession(db, req.auth.id);
  const { token } = await createSession(db, userId, via);
  const session = await loadSession(db, token);
  if (!session || session === 'expired') return undefined;
  await audit(db, session.user, 'session.sign_in', { type: 'user', id: session.user.id }, { via });
  res.cookie(SESSION_COOKIE, token, {
    ...sessionCookieOptions(req),
    maxAge: Date.parse(session.expiresAt) - Date.now(),
  });
  return session;
}
