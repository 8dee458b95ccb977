import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { send, signIn, signInAs } from '../test/auth';
import { buildOrganisation, createTestApp, createTestDb } from '../test/db';
import { deliver, linkIn, plainText, startTestSmtp, type TestSmtp } from '../test/smtp';

let db: Db;
let app: ReturnType<typeof createTestApp>;
let smtp: TestSmtp;
const PUBLIC_URL = 'https://laatupeili.example';

beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db, undefined, { publicUrl: PUBLIC_URL });
  smtp = await startTestSmtp();
});
afterAll(async () => {
  await smtp.stop();
  await db.destroy();
});

/** The token of the newest mail to an address, delivered through the SMTP server. */
async function mailedToken(address: string): Promise<{ token: string; text: string }> {
  await deliver(db, smtp);
  const mail = smtp.received.filter((m) => m.to.includes(address)).at(-1);
  if (!mail) throw new Error(`no mail to ${address}`);
  const link = linkIn(mail.raw, `${PUBLIC_URL}/set-password#`);
  if (!link) throw new Error('no link in the mail');
  return { token: link.split('#')[1]!, text: plainText(mail.raw) };
}

const NEW_PASSWORD = 'a brand new long password';

describe('a staff invitation', () => {
  it('invitation → set password → sign in; the link works once', async () => {
    const admin = await signInAs(app, db, 'admin');
    const org = await buildOrganisation(db);
    await send(admin, 'post', '/api/users', {
      email: 'uusi@test.example',
      name: 'Uusi Laatuvastaava',
      role: 'manager',
      organisationIds: [org.id],
    }).expect(201);
    const { token, text } = await mailedToken('uusi@test.example');
    expect(text).toContain('Hei Uusi Laatuvastaava');
    expect(text).toContain('72 tuntia');

    await request(app).post('/api/password').send({ token, password: 'short' }).expect(400);
    await request(app).post('/api/password').send({ token, password: NEW_PASSWORD }).expect(204);
    const again = await request(app).post('/api/password').send({ token, password: 'another long password' });
    expect([again.status, again.body.error.code]).toEqual([400, 'link_invalid']);

    const manager = await signIn(app, 'uusi@test.example', NEW_PASSWORD);
    const session = (await manager.agent.get('/api/session').expect(200)).body;
    expect(session).toMatchObject({ via: 'local', user: { organisationIds: [org.id] } });
    const actions = await db('audit_log').where('user_email', 'uusi@test.example').orderBy('id').pluck('action');
    expect(actions).toEqual(['password.set', 'session.sign_in']);
  });

  it('a new invitation replaces the old link; an expired link is refused', async () => {
    const admin = await signInAs(app, db, 'admin');
    const created = await send(admin, 'post', '/api/users', { email: 'kaksi@test.example', name: 'K', role: 'admin' });
    const first = await mailedToken('kaksi@test.example');
    await send(admin, 'post', `/api/users/${created.body.id}/invitation`).expect(200);
    const second = await mailedToken('kaksi@test.example');
    expect(second.token).not.toBe(first.token);
    await request(app).post('/api/password').send({ token: first.token, password: NEW_PASSWORD }).expect(400);
    await db('user_tokens')
      .where('user_id', created.body.id)
      .update({ expires_at: new Date(Date.now() - 1).toISOString() });
    await request(app).post('/api/password').send({ token: second.token, password: NEW_PASSWORD }).expect(400);
  });
});

describe('a password reset', () => {
  it('answers the same for a known and an unknown address, and mails only the known one', async () => {
    const user = await signInAs(app, db, 'coordinator', { regionCode: '11' });
    const email = (await user.agent.get('/api/session').expect(200)).body.user.email as string;
    const before = smtp.received.length;
    const known = await request(app).post('/api/password-reset').send({ email: email.toUpperCase() });
    const unknown = await request(app).post('/api/password-reset').send({ email: 'nobody@test.example' });
    expect([known.status, known.text]).toEqual([unknown.status, unknown.text]);
    expect(known.status).toBe(204);
    await deliver(db, smtp);
    expect(smtp.received.slice(before).map((m) => m.to)).toEqual([[email]]);

    // The link sets the password and ends every other session of the account.
    const { token, text } = await mailedToken(email);
    expect(text).toContain('60 minuuttia');
    await request(app).post('/api/password').send({ token, password: NEW_PASSWORD }).expect(204);
    await user.agent.get('/api/session').expect(401);
    await signIn(app, email, NEW_PASSWORD);
    const reasons = await db('audit_log').where('action', 'password.reset_requested').orderBy('id').pluck('details');
    expect(reasons).toEqual([null, JSON.stringify({ reason: 'unknown_email' })]);
  });

  it('sends nothing to a disabled account or one that signs in only with single sign-on', async () => {
    const admin = await signInAs(app, db, 'admin');
    const created = await send(admin, 'post', '/api/users', { email: 'sso@test.example', name: 'S', role: 'admin' });
    await send(admin, 'patch', `/api/users/${created.body.id}`, { passwordLogin: false }).expect(200);
    await deliver(db, smtp);
    const before = smtp.received.length;
    await request(app).post('/api/password-reset').send({ email: 'sso@test.example' }).expect(204);
    await deliver(db, smtp);
    expect(smtp.received.length).toBe(before);
  });

  it('is limited per address: three links an hour', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await request(app).post('/api/password-reset').send({ email: 'flood@test.example' })).status);
    }
    expect(statuses).toEqual([204, 204, 204, 429]);
  });
});
