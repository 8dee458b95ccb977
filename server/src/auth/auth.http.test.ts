import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { buildUser, signIn, TEST_PASSWORD } from '../test/auth';
import { buildOrganisation, createTestApp, createTestDb } from '../test/db';
import { normaliseEmail } from '../users/schemas';
import { SESSION_COOKIE } from './middleware';
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from './sessions';

let db: Db;
let app: ReturnType<typeof createTestApp>;
beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
});
afterAll(() => db.destroy());

const cookieOf = (res: request.Response) => {
  const raw = res.headers['set-cookie'] as unknown as string[] | undefined;
  return raw?.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
};

describe('signing in', () => {
  it('sets an httpOnly SameSite session cookie and returns the user with a CSRF token', async () => {
    const user = await buildUser(db, 'coordinator', { regionCode: '11' });
    const res = await request(app)
      .post('/api/session')
      .send({ email: user.email.toUpperCase(), password: TEST_PASSWORD })
      .expect(201);
    const cookie = cookieOf(res);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(res.body.user).toMatchObject({ email: user.email, role: 'coordinator', regionCode: '11' });
    expect(res.body.csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(JSON.stringify(res.body)).not.toContain('password');
  });

  it('stores only a hash of the password, and only a hash of the session token', async () => {
    const user = await buildUser(db, 'admin');
    const row = await db('users').where('id', user.id).first();
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    const res = await request(app)
      .post('/api/session')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(201);
    const token = decodeURIComponent(cookieOf(res)!.split(';')[0]!.split('=')[1]!);
    expect(await db('sessions').where('id', token).first()).toBeUndefined();
    expect(await db('sessions').where('user_id', user.id).first()).toBeDefined();
  });

  it('rejects a wrong password and an unknown email alike', async () => {
    const user = await buildUser(db, 'admin');
    const wrong = await request(app)
      .post('/api/session')
      .send({ email: user.email, password: 'wrong password!' })
      .expect(401);
    const unknown = await request(app)
      .post('/api/session')
      .send({ email: 'nobody@test.example', password: TEST_PASSWORD })
      .expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe('invalid_credentials');
  });

  it('rejects a disabled account', async () => {
    const user = await buildUser(db, 'admin', {}, { disabled: true });
    const res = await request(app)
      .post('/api/session')
      .send({ email: user.email, password: TEST_PASSWORD })
      .expect(401);
    expect(res.body.error.code).toBe('invalid_credentials');
  });

  it('issues a new session id at every sign-in and ends the one the browser had', async () => {
    const user = await buildUser(db, 'admin');
    const client = await signIn(app, user.email);
    const first = await db('sessions').where('user_id', user.id).pluck('id');
    await client.agent.post('/api/session').send({ email: user.email, password: TEST_PASSWORD }).expect(201);
    const second = await db('sessions').where('user_id', user.id).pluck('id');
    expect(second).toHaveLength(1);
    expect(second[0]).not.toBe(first[0]);
  });

  it('limits sign-in attempts per email', async () => {
    const email = 'target@test.example';
    let last = 0;
    for (let i = 0; i < 11; i++) {
      last = (await request(app).post('/api/session').send({ email, password: 'guess guess guess' })).status;
    }
    expect(last).toBe(429);
    const res = await request(app).post('/api/session').send({ email, password: 'guess' }).expect(429);
    expect(res.body.error.code).toBe('rate_limited');
  });

  it('counts the variants of one email together: spaces, case, full-width letters', async () => {
    const variants = [
      'variant@test.example',
      ' Variant@Test.Example ',
      'VARIANT@TEST.EXAMPLE',
      '\tvariant@test.example\n',
      'ｖａｒｉａｎｔ@test.example',
      'vArIaNt@TEST.example',
      'variant＠test.example',
      '\u3000variant@test.example',
      'Variant@test.example',
      'vaRiant@test.example',
    ];
    for (const email of variants) {
      expect((await request(app).post('/api/session').send({ email, password: 'guess guess' })).status).toBe(401);
    }
    const res = await request(app).post('/api/session').send({ email: 'VARIANT@test.example', password: 'x' });
    expect(res.status).toBe(429);
  });

  it('signs in with the email written in another case or width', async () => {
    const user = await buildUser(db, 'admin', {}, { email: 'width@test.example' });
    await request(app)
      .post('/api/session')
      .send({ email: ' ＷＩＤＴＨ@Test.Example ', password: TEST_PASSWORD })
      .expect(201);
    expect(normaliseEmail('Straße@X.fi')).toBe('strasse@x.fi');
    expect(user.email).toBe('width@test.example');
  });
});

describe('sessions', () => {
  it('signing out ends the session on the server', async () => {
    const user = await buildUser(db, 'admin');
    const client = await signIn(app, user.email);
    await client.agent.get('/api/session').expect(200);
    await client.agent.delete('/api/session').set('X-CSRF-Token', client.csrf).expect(204);
    const res = await client.agent.get('/api/session').expect(401);
    expect(res.body.error.code).toBe('not_signed_in');
    expect(await db('sessions').where('user_id', user.id).first()).toBeUndefined();
  });

  it('expires after the idle timeout', async () => {
    const user = await buildUser(db, 'admin');
    const client = await signIn(app, user.email);
    const idle = new Date(Date.now() - IDLE_TIMEOUT_MS - 1000).toISOString();
    await db('sessions').where('user_id', user.id).update({ last_seen_at: idle });
    const res = await client.agent.get('/api/session').expect(401);
    expect(res.body.error.code).toBe('session_expired');
  });

  it('expires at the absolute timeout even when active', async () => {
    const user = await buildUser(db, 'admin');
    const client = await signIn(app, user.email);
    const row = await db('sessions').where('user_id', user.id).first();
    expect(Date.parse(row.expires_at) - Date.parse(row.created_at)).toBe(ABSOLUTE_TIMEOUT_MS);
    await db('sessions')
      .where('user_id', user.id)
      .update({ expires_at: new Date(Date.now() - 1).toISOString() });
    expect((await client.agent.get('/api/session').expect(401)).body.error.code).toBe('session_expired');
  });

  it('disabling a user ends their sessions at once', async () => {
    const admin = await signIn(app, (await buildUser(db, 'admin')).email);
    const victim = await buildUser(db, 'admin');
    const victimClient = await signIn(app, victim.email);
    await admin.agent
      .patch(`/api/users/${victim.id}`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ disabled: true })
      .expect(200);
    await victimClient.agent.get('/api/session').expect(401);
  });
});

describe('forged requests', () => {
  it('refuses a cookie-authenticated change without the CSRF token', async () => {
    const client = await signIn(app, (await buildUser(db, 'admin')).email);
    const res = await client.agent
      .post('/api/organisations')
      .send({ name: 'Uusi opisto', regionCode: '11' })
      .expect(403);
    expect(res.body.error.code).toBe('csrf_failed');
    await client.agent
      .post('/api/organisations')
      .set('X-CSRF-Token', 'forged')
      .send({ name: 'Uusi opisto', regionCode: '11' })
      .expect(403);
    await client.agent
      .post('/api/organisations')
      .set('X-CSRF-Token', client.csrf)
      .send({ name: 'Uusi opisto', regionCode: '11' })
      .expect(201);
  });

  it('refuses a change from another origin even with the token', async () => {
    const client = await signIn(app, (await buildUser(db, 'admin')).email);
    const res = await client.agent
      .post('/api/organisations')
      .set('X-CSRF-Token', client.csrf)
      .set('Origin', 'https://evil.example')
      .send({ name: 'Uusi opisto', regionCode: '11' })
      .expect(403);
    expect(res.body.error.code).toBe('csrf_failed');
  });
});

describe('scope', () => {
  it('a coordinator sees only the organisations of their region; a manager only their own', async () => {
    const own = await buildOrganisation(db, { region_code: '13' });
    const other = await buildOrganisation(db, { region_code: '14' });
    const coordinator = await signIn(app, (await buildUser(db, 'coordinator', { regionCode: '13' })).email);
    const list = (await coordinator.agent.get('/api/organisations').expect(200)).body as Array<{ id: string }>;
    expect(list.map((o) => o.id)).toContain(own.id);
    expect(list.map((o) => o.id)).not.toContain(other.id);
    expect(list.every((o) => (o as unknown as { regionCode: string }).regionCode === '13')).toBe(true);

    const manager = await signIn(app, (await buildUser(db, 'manager', { organisationIds: [other.id] })).email);
    expect((await manager.agent.get('/api/organisations').expect(200)).body.map((o: { id: string }) => o.id)).toEqual([
      other.id,
    ]);
    await manager.agent.get(`/api/organisations/${own.id}`).expect(403);
  });

  it('a coordinator cannot create an organisation in another region', async () => {
    const coordinator = await signIn(app, (await buildUser(db, 'coordinator', { regionCode: '13' })).email);
    const res = await coordinator.agent
      .post('/api/organisations')
      .set('X-CSRF-Token', coordinator.csrf)
      .send({ name: 'Vieras opisto', regionCode: '01' })
      .expect(403);
    expect(res.body.error.code).toBe('forbidden');
  });
});

describe('errors', () => {
  it('never include stack traces or SQL', async () => {
    const client = await signIn(app, (await buildUser(db, 'admin')).email);
    const res = await client.agent.post('/api/users').set('X-CSRF-Token', client.csrf).send({ email: 'x' }).expect(400);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:|select |insert /i);
    expect(res.body.error.problems.map((p: { path: string }) => p.path)).toEqual(
      expect.arrayContaining(['email', 'name', 'role']),
    );
  });
});
