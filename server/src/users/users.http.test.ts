import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { type Client, send, signInAs } from '../test/auth';
import { buildOrganisation, createTestApp, createTestDb } from '../test/db';

let db: Db;
let app: ReturnType<typeof createTestApp>;
let admin: Client;
beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  admin = await signInAs(app, db, 'admin');
});
afterAll(() => db.destroy());

describe('administering users', () => {
  it('creates a quality manager without a password and mails them a link to set one', async () => {
    const org = await buildOrganisation(db);
    const res = await send(admin, 'post', '/api/users', {
      email: 'Laatu@Test.Example',
      name: 'Laatu Vastaava',
      language: 'sv',
      role: 'manager',
      organisationIds: [org.id],
    }).expect(201);
    expect(res.body).toMatchObject({
      email: 'laatu@test.example',
      role: 'manager',
      organisationIds: [org.id],
      disabled: false,
      language: 'sv',
      hasPassword: false,
      passwordLogin: true,
    });
    expect(res.body).not.toHaveProperty('password_hash');
    // No password works until the link is used (invitation → set password → sign in: auth/recovery.http.test.ts).
    await request(app).post('/api/session').send({ email: 'laatu@test.example', password: '!' }).expect(401);
    const mail = await db('mail_outbox').where('recipient', 'laatu@test.example');
    expect(mail.map((m) => [m.kind, m.language, m.status])).toEqual([['staff_invitation', 'sv', 'pending']]);
    expect(mail[0].text_body).toContain('http://localhost:3000/set-password#');
    // A password is no longer something an administrator types.
    const typed = await send(admin, 'post', '/api/users', {
      email: 'typed@test.example',
      name: 'T',
      password: 'a long enough password',
      role: 'admin',
    }).expect(400);
    expect(typed.body.error.code).toBe('validation_failed');
  });

  it('rejects a duplicate email, a missing scope, an unknown language and unknown organisations', async () => {
    await send(admin, 'post', '/api/users', {
      email: 'dup@test.example',
      name: 'A',
      role: 'admin',
    }).expect(201);
    const dup = await send(admin, 'post', '/api/users', {
      email: 'DUP@test.example',
      name: 'B',
      role: 'admin',
    }).expect(409);
    expect(dup.body.error.code).toBe('email_taken');
    const noScope = await send(admin, 'post', '/api/users', {
      email: 'c@test.example',
      name: 'C',
      role: 'coordinator',
    }).expect(400);
    expect(noScope.body.error.path).toBe('regionCode');
    const language = await send(admin, 'post', '/api/users', {
      email: 'd@test.example',
      name: 'D',
      language: 'de',
      role: 'admin',
    }).expect(400);
    expect(language.body.error.path).toBe('language');
    const unknown = await send(admin, 'post', '/api/users', {
      email: 'e@test.example',
      name: 'E',
      role: 'manager',
      organisationIds: ['nope'],
    }).expect(400);
    expect(unknown.body.error).toMatchObject({ code: 'validation_failed', path: 'organisationIds[0]' });
  });

  it('records administrative actions in the audit log, viewable by administrators only', async () => {
    const created = await send(admin, 'post', '/api/users', {
      email: 'audited@test.example',
      name: 'Audit',
      role: 'admin',
    }).expect(201);
    await send(admin, 'patch', `/api/users/${created.body.id}`, { name: 'Audit Renamed', passwordLogin: false }).expect(
      200,
    );
    // An account that signs in only with single sign-on gets no password link.
    const refused = await send(admin, 'post', `/api/users/${created.body.id}/invitation`).expect(409);
    expect(refused.body.error.code).toBe('password_login_off');
    await send(admin, 'patch', `/api/users/${created.body.id}`, { passwordLogin: true }).expect(200);
    await send(admin, 'post', `/api/users/${created.body.id}/invitation`).expect(200);
    const log = (await admin.agent.get('/api/audit?limit=10').expect(200)).body as Array<Record<string, unknown>>;
    const entries = log.filter((e) => e.targetId === created.body.id);
    expect(entries.map((e) => e.action)).toEqual(['user.invite', 'user.update', 'user.update', 'user.create']);
    expect(entries[2]).toMatchObject({
      userId: admin.userId,
      targetType: 'user',
      details: { changed: ['name', 'passwordLogin'] },
    });

    const coordinator = await signInAs(app, db, 'coordinator', { regionCode: '11' });
    await coordinator.agent.get('/api/audit').expect(403);
  });
});
