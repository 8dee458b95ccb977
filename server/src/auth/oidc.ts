/**
 * Single sign-on with OpenID Connect (openid-client): the authorization code
 * flow with PKCE, state and nonce. These are browser navigations, not API
 * calls, so they live under /auth/oidc rather than in the route table:
 *
 * - /auth/oidc/start: a fresh state, nonce and PKCE verifier are stored (the
 *   state's SHA-256 as key) and the state is also set in a cookie; off to the provider.
 * - /auth/oidc/callback: the cookie's state must be stored and match the
 *   returned state; the code is exchanged with the verifier and the ID
 *   token's nonce checked. The identity maps to an account (linked subject,
 *   else the verified email or the configured claim); then the session starts
 *   exactly as after a password sign-in (same cookie, timeouts, CSRF, audit).
 * - /auth/oidc/sign-out: the provider's end-session, after the local sign-out.
 */
import { createHash, randomUUID } from 'node:crypto';
import { parse as parseCookie } from 'cookie';
import { type Request, type Response, Router } from 'express';
import * as oidc from 'openid-client';
import type { Logger } from 'pino';
import { audit } from '../audit/log';
import type { AppSettings, OidcSettings } from '../config';
import { type Db, type Executor, nowIso, toBool } from '../db/knex';
import { requestLanguage } from '../http/language';
import { negotiateLanguage } from '../i18n/names.shared';
import type { Language } from '../instrument/text';
import { normaliseEmail } from '../users/schemas';
import { NO_PASSWORD } from '../users/service';
import { sessionCookieOptions } from './middleware';
import { startSession } from './sessions';

const STATE_COOKIE = 'laatupeili_oidc';
const LOGIN_TTL_MS = 10 * 60_000;
const SCOPE = 'openid email profile';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

const configurations = new Map<string, Promise<oidc.Configuration>>();

/** The provider's metadata, discovered once (again after a failure). Plain http only for a provider on this machine. */
function configuration(s: OidcSettings): Promise<oidc.Configuration> {
  const key = `${s.issuer} ${s.clientId}`;
  let found = configurations.get(key);
  if (!found) {
    const local = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])[:/]/.test(`${s.issuer}/`);
    found = oidc.discovery(
      new URL(s.issuer),
      s.clientId,
      s.clientSecret,
      undefined,
      local ? { execute: [oidc.allowInsecureRequests] } : undefined,
    );
    found.catch(() => configurations.delete(key));
    configurations.set(key, found);
  }
  return found;
}

type Outcome = 'failed' | 'no_access';

/** Why an identity gets no session, or the account it signs in to. */
type Mapping = { userId: string } | { refused: Outcome; reason: string; email: string | null; userId?: string };

/**
 * Maps the provider's claims to an account; may link the identity or create an account awaiting a role,
 * whose mail is in the provider's `locale` claim's language, else in `fallback` (the browser's).
 */
export async function mapIdentity(
  db: Executor,
  s: OidcSettings,
  claims: Record<string, unknown>,
  fallback: Language = 'fi',
): Promise<Mapping> {
  const subject = `${s.issuer} ${String(claims.sub)}`;
  const linked = await db('users').select('id', 'disabled', 'awaiting_role').where('oidc_subject', subject).first();
  const email =
    typeof claims.email === 'string' && claims.email_verified === true ? normaliseEmail(claims.email) : null;
  const named =
    s.accountClaim === 'email'
      ? email
      : typeof claims[s.accountClaim] === 'string'
        ? normaliseEmail(claims[s.accountClaim] as string)
        : null;
  let user = linked;
  if (!user && named) {
    user = await db('users').select('id', 'disabled', 'awaiting_role', 'oidc_subject').where('email', named).first();
    if (user?.oidc_subject && user.oidc_subject !== subject) {
      return { refused: 'no_access', reason: 'linked_to_another_identity', email: named, userId: user.id };
    }
    if (user) await db('users').where('id', user.id).update({ oidc_subject: subject });
  }
  if (!user) {
    const domain = email?.split('@')[1];
    if (email && domain && s.autoAccountDomains.includes(domain)) {
      const id = randomUUID();
      await db('users').insert({
        id,
        email,
        language: (typeof claims.locale === 'string' && negotiateLanguage([claims.locale])) || fallback,
        name: typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : email,
        password_hash: NO_PASSWORD,
        password_login: false,
        awaiting_role: true,
        role: 'manager',
        disabled: false,
        oidc_subject: subject,
        created_at: nowIso(),
      });
      await audit(db, { id: null, email }, 'user.create_by_sso', { type: 'user', id }, { email });
      return { refused: 'no_access', reason: 'awaiting_role', email, userId: id };
    }
    return { refused: 'no_access', reason: 'unknown_identity', email: email ?? named };
  }
  if (toBool(user.disabled)) return { refused: 'no_access', reason: 'disabled', email: named, userId: user.id };
  if (toBool(user.awaiting_role))
    return { refused: 'no_access', reason: 'awaiting_role', email: named, userId: user.id };
  return { userId: user.id };
}

export function oidcRouter(db: Db, settings: AppSettings, logger: Logger): Router {
  const router = Router();
  const s = settings.oidc;
  const signInPage = (outcome?: Outcome) => `/sign-in${outcome ? `?sso=${outcome}` : ''}`;
  const cookieOptions = (req: Request) => ({ ...sessionCookieOptions(req), path: '/auth/oidc' });

  router.get('/auth/oidc/start', async (req: Request, res: Response) => {
    if (!s) return res.redirect(303, signInPage());
    try {
      const config = await configuration(s);
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const verifier = oidc.randomPKCECodeVerifier();
      await db('oidc_logins')
        .where('created_at', '<', new Date(Date.now() - LOGIN_TTL_MS).toISOString())
        .delete();
      await db('oidc_logins').insert({ id: sha256(state), nonce, code_verifier: verifier, created_at: nowIso() });
      res.cookie(STATE_COOKIE, state, { ...cookieOptions(req), maxAge: LOGIN_TTL_MS });
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: s.redirectUrl,
        scope: SCOPE,
        state,
        nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
      });
      res.redirect(303, url.href);
    } catch (err) {
      logger.error(
        { err: { name: (err as Error).name, code: (err as { code?: string }).code } },
        'single sign-on unavailable',
      );
      res.redirect(303, signInPage('failed'));
    }
  });

  router.get('/auth/oidc/callback', async (req: Request, res: Response) => {
    if (!s) return res.redirect(303, signInPage());
    const state = parseCookie(req.headers.cookie ?? '')[STATE_COOKIE];
    res.clearCookie(STATE_COOKIE, cookieOptions(req));
    const refuse = async (outcome: Outcome, reason: string, email: string | null, userId?: string) => {
      await audit(
        db,
        { id: null, email: email ?? 'single sign-on' },
        'session.sign_in_failed',
        { type: 'user', id: userId ?? null },
        { reason, via: 'sso' },
      );
      res.redirect(303, signInPage(outcome));
    };
    try {
      // The stored login is used once, whatever happens next.
      const login = state ? await db('oidc_logins').where('id', sha256(state)).first() : undefined;
      if (login) await db('oidc_logins').where('id', login.id).delete();
      if (!state || !login || Date.parse(login.created_at) < Date.now() - LOGIN_TTL_MS) {
        return await refuse('failed', 'state_unknown', null);
      }
      const config = await configuration(s);
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      const tokens = await oidc.authorizationCodeGrant(config, new URL(`${s.redirectUrl}${query}`), {
        pkceCodeVerifier: login.code_verifier,
        expectedState: state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) return await refuse('failed', 'no_id_token', null);
      // Many providers put the email only in userinfo; its subject must be the ID token's.
      const claims: Record<string, unknown> =
        s.accountClaim in idClaims
          ? idClaims
          : { ...(await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub)), ...idClaims };
      const mapped = await db.transaction((trx) => mapIdentity(trx, s, claims, requestLanguage(req)));
      if ('refused' in mapped) return await refuse(mapped.refused, mapped.reason, mapped.email, mapped.userId);
      const session = await startSession(db, req, res, mapped.userId, 'sso');
      res.redirect(303, session ? '/staff' : signInPage('no_access'));
    } catch (err) {
      // A tampered state or nonce, a refused code, an unreachable provider: never a session.
      const e = err as { code?: string; name?: string };
      await refuse('failed', e.code ?? e.name ?? 'sso_failed', null).catch(() =>
        res.redirect(303, signInPage('failed')),
      );
    }
  });

  router.get('/auth/oidc/sign-out', async (_req: Request, res: Response) => {
    const back = `${settings.publicUrl}/sign-in?signedOut=1`;
    if (!s) return res.redirect(303, back);
    try {
      const config = await configuration(s);
      if (!config.serverMetadata().end_session_endpoint) return res.redirect(303, back);
      res.redirect(
        303,
        oidc.buildEndSessionUrl(config, { client_id: s.clientId, post_logout_redirect_uri: back }).href,
      );
    } catch {
      res.redirect(303, back);
    }
  });
  return router;
}
