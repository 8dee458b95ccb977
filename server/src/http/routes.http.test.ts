/**
 * mountRoutes over HTTP: the policy comes first, then the path parameters,
 * then the target's scope, then the query and the body; each part refused
 * with a 400 whose path says where. A route takes exactly what it declares.
 */
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { type Client, send, signInAs } from '../test/auth';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import { buildInvitation } from '../test/invitations';

let db: Db;
let app: ReturnType<typeof createTestApp>;
let admin: Client;
let outsider: Client;
let roundId: string;
let organisationId: string;

beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  const org = await buildOrganisation(db, { region_code: '11' });
  organisationId = org.id;
  roundId = (await buildRound(db, { organisationIds: [org.id], regionCode: '11' })).id;
  admin = await signInAs(app, db, 'admin');
  outsider = await signInAs(app, db, 'coordinator', { regionCode: '06' });
});
afterAll(() => db.destroy());

const errorOf = (res: request.Response) => res.body.error as { code: string; path?: string };

describe('the order of the checks', () => {
  it('refuses a caller who is not signed in before looking at the address', async () => {
    const res = await request(app).get('/api/rounds/not-a-uuid');
    expect([res.status, errorOf(res).code]).toEqual([401, 'not_signed_in']);
  });

  it('refuses a malformed path parameter before looking the target up, for anyone admitted', async () => {
    for (const client of [admin, outsider]) {
      const res = await client.agent.get('/api/rounds/not-a-uuid');
      expect(res.status).toBe(400);
      expect(errorOf(res)).toMatchObject({ code: 'validation_failed', path: 'params.roundId' });
    }
  });

  it('a well-formed id out of scope is 403, an unknown one 404', async () => {
    expect((await outsider.agent.get(`/api/rounds/${roundId}`)).status).toBe(403);
    const unknown = await admin.agent.get(`/api/rounds/${randomUUID()}`);
    expect([unknown.status, errorOf(unknown).code]).toEqual([404, 'not_found']);
  });

  it('checks the scope before the query and the body', async () => {
    const res = await outsider.agent.get(`/api/rounds/${roundId}/regions/11/results.csv?lang=de`);
    expect(res.status).toBe(403);
  });
});

describe('a route takes exactly what it declares', () => {
  const results = () => `/api/rounds/${roundId}/organisations/${organisationId}/results`;

  it('a declared query: a value it does not take, or another key', async () => {
    const lang = await admin.agent.get(`${results()}.csv?lang=de`);
    expect([lang.status, errorOf(lang).path]).toEqual([400, 'query.lang']);
    const twice = await admin.agent.get(`${results()}.csv?lang=fi&lang=sv`);
    expect([twice.status, errorOf(twice).path]).toEqual([400, 'query.lang']);
    const other = await admin.agent.get(`${results()}.csv?language=fi`);
    expect([other.status, errorOf(other).path]).toEqual([400, 'query']);
    await admin.agent.get(`${results()}.csv?lang=sv`).expect(200);
    await admin.agent.get(`${results()}.xlsx`).expect(200);
  });

  it('a format it does not produce', async () => {
    const res = await admin.agent.get(`${results()}.pdf`);
    expect([res.status, errorOf(res).path]).toEqual([400, 'params.format']);
  });

  it('a query on a route that declares none', async () => {
    const res = await admin.agent.get(`${results()}?lang=fi`);
    expect([res.status, errorOf(res).path]).toEqual([400, 'query']);
  });

  it('a query value the schema coerces and checks', async () => {
    const res = await admin.agent.get('/api/audit?limit=many');
    expect([res.status, errorOf(res).path]).toEqual([400, 'query.limit']);
    await admin.agent.get('/api/audit?limit=2').expect(200);
  });

  it('a body on a route that declares none; nothing or {} is no body', async () => {
    const url = `/api/instruments/elo-quality/versions/1.0.0/retire`;
    const res = await send(admin, 'post', url, { reason: 'old' });
    expect([res.status, errorOf(res).path, res.body.error.problems[0].code]).toEqual([400, '', 'unexpected_body']);
    const read = await admin.agent.get(`/api/rounds/${roundId}`).send({ x: 1 });
    expect([read.status, read.body.error.problems[0].code]).toEqual([400, 'unexpected_body']);
    await admin.agent.get(`/api/rounds/${roundId}`).send({}).expect(200);
  });

  it('a missing body reads as an empty one: the 400 names the required fields', async () => {
    const res = await send(admin, 'post', '/api/organisations');
    expect(res.status).toBe(400);
    expect(res.body.error.problems.map((p: { path: string }) => p.path).sort()).toEqual(['name', 'regionCode']);
  });
});

describe('numbers that reach 32-bit columns are bounded by their schemas (PostgreSQL refuses larger ones)', () => {
  it("an audit page's `before` and a draft's revision", async () => {
    const before = await admin.agent.get('/api/audit?before=1099511627742');
    expect([before.status, errorOf(before).path]).toEqual([400, 'query.before']);
    const token = await buildInvitation(db, roundId, organisationId);
    const started = await request(app)
      .post(`/api/invitations/${token}/drafts`)
      .send({ id: randomUUID(), language: 'fi' });
    const saved = await request(app)
      .put(`/api/drafts/${started.body.resumeCode}`)
      .send({ revision: 2 ** 40, answers: {} });
    expect([saved.status, errorOf(saved).path]).toEqual([400, 'revision']);
  });
});
