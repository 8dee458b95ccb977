/** Sign-in, the current session, sign-out. */
import { audit } from '../audit/log';
import { policy } from '../auth/policies';
import { AppError } from '../http/errors';
import { limiter } from '../http/rate-limit';
import { type Route, type RouteDeps, route } from '../http/routes';
import { normaliseEmail } from '../users/schemas';
import { findCredentials } from '../users/service';
import { SESSION_COOKIE, sessionCookieOptions } from './middleware';
import { dummyHash, verifyPassword } from './password';
import { SignInBody } from './schemas';
import { destroySession, sessionInfo, startSession } from './sessions';

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
    route('signIn', {
      method: 'post',
      path: '/session',
      status: 201,
      policy: policy.public,
      before: signInLimits,
      input: { body: SignInBody },
      handler: async ({ body: { email, password } }, { req, res }) => {
        const user = await findCredentials(db, email);
        // Verify against a dummy hash for unknown emails: the answer takes as long either way.
        const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
        if (!user || !ok || user.disabled || !user.passwordLogin) {
          // The email as given (normalised) is recorded, never the password.
          const reason = !user
            ? 'unknown_email'
            : !ok
              ? 'wrong_password'
              : user.disabled
                ? 'disabled'
                : 'password_login_off';
          await audit(
            db,
            { id: null, email },
            'session.sign_in_failed',
            { type: 'user', id: user?.id ?? null },
            { reason },
          );
          throw invalid();
        }
        const session = await startSession(db, req, res, user.id, 'local');
        if (!session) throw invalid();
        return sessionInfo(session);
      },
    }),
    route('session', {
      method: 'get',
      path: '/session',
      status: 200,
      policy: policy.signedIn,
      input: {},
      handler: (_input, { session }) => sessionInfo(session),
    }),
    route('signOut', {
      method: 'delete',
      path: '/session',
      status: 204,
      policy: policy.signedIn,
      input: {},
      handler: async (_input, { req, res, session, user }) => {
        await destroySession(db, session.id);
        await audit(db, user, 'session.sign_out', { type: 'user', id: user.id });
        res.clearCookie(SESSION_COOKIE, sessionCookieOptions(req));
      },
    }),
  ];
}
