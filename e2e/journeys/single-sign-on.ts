/**
 * Journey: a staff member signs in with the organisation's account. A real
 * OpenID provider (oidc-provider, with a plain sign-in form) runs in this
 * process and a second server is started for this journey with OIDC_* set;
 * the person presses the single sign-on button on the sign-in page, types
 * their username at the provider and lands on the staff home page signed in
 * as the demo account whose verified email the provider vouches for.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { LOGIN_FORM, startTestProvider } from '../../server/src/test/oidc';
import { DEMO_ACCOUNTS, type E2e, newContext } from '../lib/browser';
import { OUTPUT_DIR } from '../lib/paths';
import { freePort, startServer } from '../lib/server';
import { text } from '../lib/texts';

const PROVIDER_NAME = 'Testikunnan tunnus';

export async function staffSignsInWithSso(e2e: E2e): Promise<void> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const provider = await startTestProvider([`${base}/auth/oidc/callback`], [`${base}/sign-in?signedOut=1`], {
    loginForm: true,
  });
  provider.accounts.set('laura.laatu', { email: DEMO_ACCOUNTS.manager, email_verified: true, name: 'Laura Laatu' });
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    server = await startServer({
      port,
      env: {
        PUBLIC_URL: base,
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: provider.clientId,
        OIDC_CLIENT_SECRET: provider.clientSecret,
        OIDC_NAME: PROVIDER_NAME,
      },
    });
    const context = await newContext({ ...e2e, baseUrl: server.baseUrl });
    try {
      const page = await context.newPage();
      await page.goto('/sign-in');
      await page
        .getByRole('main')
        .getByRole('link', { name: text('fi', 'access', 'sso.signInNamed', { name: PROVIDER_NAME }) })
        .click();

      // At the provider: an unknown username is refused there, the right one signs in.
      await page.waitForURL((url) => url.origin === provider.issuer && url.pathname.startsWith('/interaction/'));
      const username = page.getByLabel(LOGIN_FORM.username);
      await username.fill('nobody');
      await page.getByRole('button', { name: LOGIN_FORM.submit }).click();
      await page.getByRole('alert').filter({ hasText: LOGIN_FORM.unknown }).waitFor();
      await username.fill('laura.laatu');
      await page.getByRole('button', { name: LOGIN_FORM.submit }).click();

      // Back at Laatupeili, signed in as the account with that email.
      await page.waitForURL(`${base}/staff`);
      await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
      await page.screenshot({ path: path.join(OUTPUT_DIR, 'sso-signed-in.png') });
      const session = await page.evaluate(async () => {
        const res = await fetch('/api/session');
        return { status: res.status, body: (await res.json()) as unknown };
      });
      assert.equal(session.status, 200, 'the session answers');
      assert.match(JSON.stringify(session.body), new RegExp(DEMO_ACCOUNTS.manager.replace('.', '\\.')));
    } finally {
      await context.close();
    }
  } finally {
    await server?.stop();
    await provider.stop();
  }
}
