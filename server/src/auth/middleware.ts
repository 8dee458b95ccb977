/** Reads the session cookie into `req.auth`; checks CSRF tokens on cookie-authenticated changes. */
import { parse as parseCookie } from 'cookie';
import type { CookieOptions, NextFunction, Request, Response } from 'express';
import type { Executor } from '../db/knex';
import { AppError } from '../http/errors';
import { type LoadedSession, loadSession } from './sessions';

declare global {
  namespace Express {
    interface Request {
      auth?: LoadedSession;
      /** Set when the request carried a session cookie that has expired. */
      authExpired?: boolean;
    }
  }
}

export const SESSION_COOKIE = 'laatupeili_session';
export const CSRF_HEADER = 'x-csrf-token';

export function sessionCookieOptions(req: Request): CookieOptions {
  // Secure whenever the request came over HTTPS (directly or via a trusted proxy).
  return { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' };
}

export function authenticate(db: Executor) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
    if (token) {
      const session = await loadSession(db, token);
      if (session === 'expired') {
        req.authExpired = true;
        res.clearCookie(SESSION_COOKIE, sessionCookieOptions(req));
      } else if (session) {
        req.auth = session;
      }
    }
    next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Changes made with a session cookie need the session's CSRF token in a
 * header, which another site cannot read or send. The Origin header, when
 * present, must be this site.
 */
export function checkCsrf(req: Request): void {
  if (SAFE_METHODS.has(req.method)) return;
  const origin = req.headers.origin;
  if (origin && origin !== `${req.protocol}://${req.headers.host}`) {
    throw new AppError(403, 'csrf_failed', 'the request came from another site');
  }
  if (req.auth && req.headers[CSRF_HEADER] !== req.auth.csrfToken) {
    throw new AppError(403, 'csrf_failed', 'the request lacks a valid CSRF token; reload the page and try again');
  }
}
