import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { type Client, send, signIn, signInAs } from '../test/auth';
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
  it('creates a quality manager who can then sign in and see their scope', async () => {
    const org = await buildOrganisation(db);
    const res = await send(admin, 'post', '/api/users', {
      email: 'Laatu@Test.Example',
      name: 'Laatu Vastaava',
      password: 'a long enough password',
      role: 'manager',
      organisationIds: [org.id],
    }).expect(201);
    expect(res.body).toMatchObject({
      email: 'laatu@test.example',
      role: 'manager',
      organisationIds: [org.id],
      disabled: false,
    });
    expect(res.body).not.toHaveProperty('password_hash');
    const manager = await signIn(app, 'laatu@test.example', 'a long enough password');
    expect((await manager.agent.get('/api/session').expect(200)).body.user.organisationIds).toEqual([org.id]);
  });

  it('rejects a duplicate email, a missing scope, a short password and unknown organisations', async () => {
    await send(admin, 'post', '/api/users', {
      email: 'dup@test.example',
      name: 'A',
      password: 'a long enough password',
      role: 'admin',
    }).expect(201);
    const dup = await send(admin, 'post', '/api/users', {
      email: 'DUP@test.example',
      name: 'B',
      password: 'a long enough password',
      role: 'admin',
    }).expect(409);
    expect(dup.body.error.code).toBe('email_taken');
    const noScope = await send(admin, 'post', '/api/users', {
      email: 'c@test.example',
      name: 'C',
      password: 'a long enough password',
      role: 'coordinator',
    }).expect(400);
    expect(noScope.body.error.path).toBe('regionCode');
    const short = await send(admin, 'post', '/api/users', {
      email: 'd@test.example',
      name: 'D',
      password: 'short',
      role: 'admin',
    }).expect(400);
    expect(short.body.error.path).toBe('password');
    const unknown = await send(admin, 'post', '/api/users', {
      email: 'e@test.example',
      name: 'E',
      password: 'a long enough password',
      role: 'manager',
      organisationIds: ['nope'],
    }).expect(400);
    expect(unknown.body.error).toMatchObject({ code: 'validation_failed', path: 'organisationIds[0]' });
  });

  it('records administrative actions in the audit log, viewable by administrators only', async () => {
    const created = await send(admin, 'post', '/api/users', {
      email: 'audited@test.example',
      name: 'Audit',
      password: 'a long enough password',
      role: 'admin',
    }).expect(201);
    await send(admin, 'patch', `/api/users/${created.body.id}`, {
      name: 'Audit Renamed',
      password: 'another long password',
    }).expect(200);
    const log = (await admin.agent.get('/api/audit?limit=10').expect(200)).body as Array<Record<string, unknown>>;
    const entries = log.filter((e) => e.targetId === created.body.id);
    expect(entries.map((e) => e.action)).toEqual(['user.update', 'user.create']);
    expect(entries[0]).toMatchObject({
      userId: admin.userId,
      targetType: 'user',
      details: { changed: ['name'], password: 'changed' },
    });
    expect(JSON.stringify(entries)).not.toContain('another long password');

    const coordinator = await signInAs(app, db, 'coordinator', { regionCode: '11' });
    await coordinator.agent.get('/api/audit').expect(403);
  });
});
