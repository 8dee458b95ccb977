/** Setting a password through a mailed link, asking for a reset link, and how staff can sign in. */
import { policy } from '../auth/policies';
import { limiter } from '../http/rate-limit';
import { type Route, type RouteDeps, route } from '../http/routes';
import { normaliseEmail } from '../users/schemas';
import { hashPassword } from './password';
import { requestPasswordReset, setPasswordWithToken } from './recovery';
import { PasswordResetBody, SetPasswordBody } from './schemas';

export function recoveryRoutes({ db, settings }: RouteDeps): Route[] {
  // Three links an hour for one address (a mailbox is not flooded), twenty requests per quarter hour per client.
  const resetLimits = [
    limiter(db, {
      name: 'reset-email',
      windowMs: 60 * 60_000,
      limit: 3,
      key: (req) => (typeof req.body?.email === 'string' ? normaliseEmail(req.body.email) : ''),
    }),
    limiter(db, { name: 'reset-ip', windowMs: 15 * 60_000, limit: 20 }),
  ];
  return [
    route('signInOptions', {
      method: 'get',
      path: '/sign-in-options',
      status: 200,
      policy: policy.public,
      input: {},
      handler: () => ({ singleSignOn: settings.oidc ? { name: settings.oidc.name } : null }),
    }),
    route('requestPasswordReset', {
      method: 'post',
      path: '/password-reset',
      status: 204,
      policy: policy.public,
      before: resetLimits,
      input: { body: PasswordResetBody },
      handler: async ({ body }) => {
        await db.transaction((trx) => requestPasswordReset(trx, settings.publicUrl, body.email));
      },
    }),
    route('setPassword', {
      method: 'post',
      path: '/password',
      status: 204,
      policy: policy.public,
      before: [limiter(db, { name: 'set-password-ip', windowMs: 15 * 60_000, limit: 20 })],
      input: { body: SetPasswordBody },
      handler: async ({ body }) => {
        // Hashed before the transaction: scrypt takes a while and SQLite has one writer.
        const hash = await hashPassword(body.password);
        await db.transaction((trx) => setPasswordWithToken(trx, body.token, hash));
      },
    }),
  ];
}
