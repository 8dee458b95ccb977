import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { buildUser, send, signInAs, TEST_PASSWORD } from '../test/auth';
import { createTestApp, createTestDb } from '../test/db';
import { startTestProvider, TestBrowser, type TestProvider } from '../test/oidc';

let db: Db;
let server: Server;
let base: string;
let provider: TestProvider;
let app: ReturnType<typeof createTestApp>;

beforeAll(async () => {
  db = await createTestDb();
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider = await startTestProvider([`${base}/auth/oidc/callback`], [`${base}/sign-in?signedOut=1`]);
  app = createTestApp(db, undefined, {
    publicUrl: base,
    oidc: {
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      redirectUrl: `${base}/auth/oidc/callback`,
      accountClaim: 'email',
      autoAccountDomains: ['kunta.example'],
      name: 'Kunta-tunnus',
    },
  });
  server.on('request', app);
});
afterAll(async () => {
  await provider.stop();
  await new Promise((resolve) => server.close(resolve));
  await db.destroy();
});

const ours = (url: string) => url.startsWith(`${base}/staff`) || url.startsWith(`${base}/sign-in`);

/** Signs in at the provider as `sub`; returns where the service sent the browser at the end. */
async function ssoSignIn(browser: TestBrowser, sub: string, tamper?: (authorizeUrl: URL) => void) {
  provider.signInAs(sub);
  const start = await browser.get(`${base}/auth/oidc/start`);
  const authorize = new URL(start.location!);
  tamper?.(authorize);
  return browser.follow(authorize.href, (next) => !ours(next) || next.includes('/auth/oidc/'));
}

async function sessionOf(browser: TestBrowser) {
  const cookie = browser.cookies(base).get('laatupeili_session');
  if (!cookie) return undefined;
  const res = await request(app).get('/api/session').set('Cookie', `laatupeili_session=${cookie}`);
  return res.status === 200 ? res.body : undefined;
}

describe('single sign-on with OpenID Connect', () => {
  it('says how to sign in', async () => {
    const res = await request(app).get('/api/sign-in-options').expect(200);
    expect(res.body).toEqual({ singleSignOn: { name: 'Kunta-tunnus' } });
  });

  it('signs a staff member in to the account of their verified email, with PKCE, state and nonce', async () => {
    const user = await buildUser(db, 'coordinator', { regionCode: '11' }, { email: 'koordinaattori@ohjaamo.example' });
    provider.accounts.set('sub-1', { email: 'Koordinaattori@Ohjaamo.example', email_verified: true, name: 'K' });
    const browser = new TestBrowser();
    const start = await browser.get(`${base}/auth/oidc/start`);
    const authorize = new URL(start.location!);
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    // Only the state's hash is stored.
    const stored = await db('oidc_logins').pluck('id');
    expect(stored).not.toContain(authorize.searchParams.get('state'));

    provider.signInAs('sub-1');
    const end = await browser.follow(authorize.href, (next) => !ours(next) || next.includes('/auth/oidc/'));
    expect(end).toBe(`${base}/staff`);
    const session = await sessionOf(browser);
    expect(session).toMatchObject({ via: 'sso', user: { id: user.id, role: 'coordinator', regionCode: '11' } });
    expect(session.csrfToken).toBeTruthy();
    const linked = await db('users').where('id', user.id).first();
    expect(linked.oidc_subject).toBe(`${provider.issuer} sub-1`);
    const entry = await db('audit_log').where({ action: 'session.sign_in', user_id: user.id }).first();
    expect(JSON.parse(entry.details)).toEqual({ via: 'sso' });
    // The linked identity keeps working after the address changes at the provider.
    provider.accounts.set('sub-1', { email: 'uusi@ohjaamo.example', email_verified: true });
    expect(await ssoSignIn(new TestBrowser(), 'sub-1')).toBe(`${base}/staff`);
  });

  it('gives an unknown identity, or an unverified email, nothing', async () => {
    await buildUser(db, 'admin', {}, { email: 'admin@ohjaamo.example' });
    provider.accounts.set('sub-unverified', { email: 'admin@ohjaamo.example', email_verified: false });
    provider.accounts.set('sub-stranger', { email: 'stranger@elsewhere.example', email_verified: true });
    for (const sub of ['sub-unverified', 'sub-stranger']) {
      const browser = new TestBrowser();
      expect(await ssoSignIn(browser, sub)).toBe(`${base}/sign-in?sso=no_access`);
      expect(await sessionOf(browser)).toBeUndefined();
    }
    expect(await db('users').where('email', 'stranger@elsewhere.example').first()).toBeUndefined();
    const reasons = await db('audit_log').where('action', 'session.sign_in_failed').pluck('details');
    expect(reasons.map((d) => JSON.parse(d).reason)).toEqual(['unknown_identity', 'unknown_identity']);
  });

  it('creates an account without access for a configured domain; access follows a role granted by an administrator', async () => {
    provider.accounts.set('sub-new', {
      email: 'uusi.ohjaaja@kunta.example',
      email_verified: true,
      name: 'Uusi Ohjaaja',
    });
    const browser = new TestBrowser();
    expect(await ssoSignIn(browser, 'sub-new')).toBe(`${base}/sign-in?sso=no_access`);
    expect(await sessionOf(browser)).toBeUndefined();
    const created = await db('users').where('email', 'uusi.ohjaaja@kunta.example').first();
    expect([created.name, Boolean(created.awaiting_role), Boolean(created.password_login)]).toEqual([
      'Uusi Ohjaaja',
      true,
      false,
    ]);
    const admin = await signInAs(app, db, 'admin');
    const view = (await admin.agent.get(`/api/users/${created.id}`).expect(200)).body;
    expect(view).toMatchObject({ awaitingRole: true, singleSignOn: true, passwordLogin: false });
    await send(admin, 'patch', `/api/users/${created.id}`, { role: 'coordinator', regionCode: '06' }).expect(200);
    expect(await ssoSignIn(browser, 'sub-new')).toBe(`${base}/staff`);
    expect((await sessionOf(browser)).user).toMatchObject({ role: 'coordinator', regionCode: '06' });
  });

  it('refuses a tampered state, a tampered nonce and a replayed callback', async () => {
    await buildUser(db, 'manager', {}, { email: 'laatu@ohjaamo.example' });
    provider.accounts.set('sub-2', { email: 'laatu@ohjaamo.example', email_verified: true });
    const tamperedState = new TestBrowser();
    const state = await ssoSignIn(tamperedState, 'sub-2', (u) => u.searchParams.set('state', 'forged-state'));
    expect(state).toBe(`${base}/sign-in?sso=failed`);
    expect(await sessionOf(tamperedState)).toBeUndefined();

    const tamperedNonce = new TestBrowser();
    const nonce = await ssoSignIn(tamperedNonce, 'sub-2', (u) => u.searchParams.set('nonce', 'forged-nonce'));
    expect(nonce).toBe(`${base}/sign-in?sso=failed`);
    expect(await sessionOf(tamperedNonce)).toBeUndefined();
    const reasons = await db('audit_log')
      .where('action', 'session.sign_in_failed')
      .orderBy('id', 'desc')
      .limit(2)
      .pluck('details');
    // The state is refused when the response comes back, the nonce when the ID token is checked.
    expect(reasons.map((d) => JSON.parse(d).reason)).toEqual([
      'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
      'OAUTH_INVALID_RESPONSE',
    ]);

    // A callback whose state cookie is missing (another browser's code) is refused.
    const victim = new TestBrowser();
    provider.signInAs('sub-2');
    const start = await victim.get(`${base}/auth/oidc/start`);
    const callback = await victim.follow(start.location!, (next) => !next.startsWith(`${base}/auth/oidc/callback`));
    const attacker = new TestBrowser();
    expect((await attacker.get(callback)).location).toBe(`${base}/sign-in?sso=failed`);
    expect(await sessionOf(attacker)).toBeUndefined();
    // The victim's own callback still works once, then not again.
    expect((await victim.get(callback)).location).toBe(`${base}/staff`);
    expect((await new TestBrowser().get(callback)).location).toBe(`${base}/sign-in?sso=failed`);
  });

  it('an account whose password is turned off signs in only through the provider', async () => {
    const user = await buildUser(db, 'manager', {}, { email: 'vain-sso@ohjaamo.example' });
    await db('users').where('id', user.id).update({ password_login: false });
    await request(app).post('/api/session').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
    provider.accounts.set('sub-3', { email: user.email, email_verified: true });
    expect(await ssoSignIn(new TestBrowser(), 'sub-3')).toBe(`${base}/staff`);
  });

  it("offers the provider's end-session after signing out", async () => {
    const res = await new TestBrowser().get(`${base}/auth/oidc/sign-out`);
    const url = new URL(res.location!);
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${base}/sign-in?signedOut=1`);
  });
});
