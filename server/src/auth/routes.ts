/** Sign-in, the current session, sign-out. */
import { audit } from '../audit/log';
import { policy } from '../auth/policies';
import { AppError } from '../http/errors';
import { limiter } from '../http/rate-limit';
import type { Route, RouteDeps } from '../http/routes';
import { parseInput } from '../http/validate';
import { normaliseEmail } from '../users/schemas';
import { findCredentials } from '../users/service';
import { SESSION_COOKIE, sessionCookieOptions } from './middleware';
import { dummyHash, verifyPassword } from './password';
import { SignInBody } from './schemas';
import { createSession, destroySession, loadSession } from './sessions';
import type { SessionInfo } from './types';

const invalid = () => new AppError(401, 'invalid_credentials', 'the email or the password is wrong');

export function sessionRoutes({ db }: RouteDeps): Route[] {
  // Ten tries per quarter of an hour per address and email, and a hundred per address.
  const signInLimits = [
    limiter(db, {
      name: 'signin-email',
      windowMs: 15 * 60_000,
      limit: 10,
      key: (req) => (typeof req.body?.email === 'string' ? normaliseEmail(req.body.email) : ''),
    }),
    limiter(db, { name: 'signin-ip', windowMs: 15 * 60_000, limit: 100 }),
  ];
  return [
    {
      method: 'post',
      path: '/session',
      policy: policy.public,
      before: signInLimits,
      handler: async (req, res) => {
        const { email, password } = parseInput(SignInBody, req.body);
        const user = await findCredentials(db, email);
        // Verify against a dummy hash for unknown emails: the answer takes as long either way.
        const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
        if (!user || !ok || user.disabled) {
          // The email as given (normalised) is recorded, never the password.
          const reason = !user ? 'unknown_email' : !ok ? 'wrong_password' : 'disabled';
          await audit(
            db,
            { id: null, email },
            'session.sign_in_failed',
            { type: 'user', id: user?.id ?? null },
            { reason },
          );
          throw invalid();
        }
        // A new session id at every sign-in; any session the browser had is ended.
        if (req.auth) await destroySession(db, req.auth.id);
        const { token } = await createSession(db, user.id);
        const session = await loadSession(db, token);
        if (!session || session === 'expired') throw invalid();
        await audit(db, session.user, 'session.sign_in', { type: 'user', id: session.user.id });
        res.cookie(SESSION_COOKIE, token, {
          ...sessionCookieOptions(req),
          maxAge: Date.parse(session.expiresAt) - Date.now(),
        });
        const info: SessionInfo = { user: session.user, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
        res.status(201).json(info);
      },
    },
    {
      method: 'get',
      path: '/session',
      policy: policy.signedIn,
      handler: (req, res) => {
        const { user, csrfToken, expiresAt } = req.auth!;
        const info: SessionInfo = { user, csrfToken, expiresAt };
        res.json(info);
      },
    },
    {
      method: 'delete',
      path: '/session',
      policy: policy.signedIn,
      handler: async (req, res) => {
        await destroySession(db, req.auth!.id);
        await audit(db, req.auth!.user, 'session.sign_out', { type: 'user', id: req.auth!.user.id });
        res.clearCookie(SESSION_COOKIE, sessionCookieOptions(req));
        res.status(204).end();
      },
    },
  ];
}
