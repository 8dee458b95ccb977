/**
 * A real OpenID provider in the test process (oidc-provider), and a tiny
 * browser that follows redirects with a cookie jar per host. By default the
 * provider signs in whichever account the test names (`provider.signInAs`):
 * the login page of a real provider is not what is under test. With
 * `loginForm` it shows a plain sign-in form instead, for browser journeys
 * (`e2e/`), where a person types the account's username.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Ctx } from 'oidc-provider';

export type TestAccount = { email?: string; email_verified?: boolean; name?: string };

export type TestProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, TestAccount>;
  /** The subject the next sign-in at the provider is for. */
  signInAs(sub: string): void;
  stop(): Promise<void>;
};

const listen = (server: Server, port = 0) =>
  new Promise<number>((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

/** The provider's sign-in form (English, standing in for any organisation's identity service). */
export const LOGIN_FORM = { username: 'Username', submit: 'Sign in', unknown: 'No such account' } as const;

const loginPage = (action: string, error?: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title></head>
<body><main><h1>Test identity provider</h1>${error ? `<p role="alert">${error}</p>` : ''}
<form method="post" action="${action}">
<label for="username">${LOGIN_FORM.username}</label> <input id="username" name="username" autocomplete="username" required>
<button type="submit">${LOGIN_FORM.submit}</button>
</form></main></body></html>`;

async function formField(req: IncomingMessage, name: string): Promise<string> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) break;
  }
  return new URLSearchParams(body).get(name)?.trim() ?? '';
}

export async function startTestProvider(
  redirectUris: string[],
  postLogout: string[] = [],
  options: { loginForm?: boolean } = {},
): Promise<TestProvider> {
  const accounts = new Map<string, TestAccount>();
  let current = '';
  const server = createServer();
  const port = await listen(server);
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = 'laatupeili';
  const clientSecret = 'a-test-client-secret-of-enough-length';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        post_logout_redirect_uris: postLogout,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    findAccount: async (_ctx: unknown, sub: string) => {
      const account = accounts.get(sub);
      return account && { accountId: sub, claims: async () => ({ sub, ...account }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    scopes: ['openid', 'email', 'profile'],
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    // Consent is given: the grant covers what the client asks.
    loadExistingGrant: async (ctx: Ctx) => {
      const grant = new provider.Grant({ accountId: ctx.oidc.session.accountId, clientId: ctx.oidc.client.clientId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    cookies: { keys: ['a-test-cookie-key'] },
    pkce: { required: () => true },
  });
  const handle = provider.callback();
  const finish = (req: IncomingMessage, res: ServerResponse, accountId: string) =>
    provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false }).catch(() => {
      res.statusCode = 400;
      res.end();
    });
  /** With `loginForm`: GET shows the form, POST signs in the named account or shows the form again. */
  const formLogin = async (req: IncomingMessage, res: ServerResponse) => {
    const show = (error?: string) => {
      res.statusCode = error ? 400 : 200;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(loginPage(req.url ?? '', error));
    };
    if (req.method !== 'POST') return show();
    const username = await formField(req, 'username');
    if (!accounts.has(username)) return show(LOGIN_FORM.unknown);
    await finish(req, res, username);
  };
  server.on('request', (req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      void (options.loginForm ? formLogin(req, res) : finish(req, res, current)).catch(() => {
        res.statusCode = 400;
        res.end();
      });
      return;
    }
    handle(req, res);
  });
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    signInAs(sub) {
      current = sub;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Follows redirects like a browser, keeping each host's cookies; stops at `until` or after 20 hops. */
export class TestBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  cookies(origin: string): Map<string, string> {
    let jar = this.jars.get(origin);
    if (!jar) {
      jar = new Map();
      this.jars.set(origin, jar);
    }
    return jar;
  }

  async get(url: string): Promise<{ status: number; location: string | null; body: string }> {
    const target = new URL(url);
    const jar = this.cookies(target.origin);
    const res = await fetch(target, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, ...value] = pair!.split('=');
      const expired = attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) || value.join('=') === '';
      if (expired) jar.delete(name!.trim());
      else jar.set(name!.trim(), value.join('='));
    }
    const location = res.headers.get('location');
    return { status: res.status, location: location && new URL(location, target).href, body: await res.text() };
  }

  /** Follows redirects from `url` while `keepGoing(next)` says so; returns the last address reached. */
  async follow(url: string, keepGoing: (next: string) => boolean = () => true): Promise<string> {
    let at = url;
    for (let hop = 0; hop < 20; hop++) {
      const res = await this.get(at);
      if (!res.location || !keepGoing(res.location)) return res.location ?? at;
      at = res.location;
    }
    throw new Error(`too many redirects from ${url}`);
  }
}
