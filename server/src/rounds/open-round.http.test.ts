import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { type Client, send, signInAs } from '../test/auth';
import { buildOrganisation, createTestApp, createTestDb } from '../test/db';

let db: Db;
let app: ReturnType<typeof createTestApp>;
let admin: Client;
let coordinator: Client;
let own: { id: string };
let foreign: { id: string };

const body = (overrides: object = {}) => ({
  name: { fi: 'Kevään arviointi', sv: 'Vårens utvärdering', en: 'Spring assessment' },
  instrumentId: 'elo-quality',
  instrumentVersion: '1.0.0',
  organisationIds: [own.id],
  opensAt: '2026-01-01',
  closesAt: '2099-12-31T15:00:00+02:00',
  introduction: { fi: 'Tervetuloa', sv: 'Välkommen', en: 'Welcome' },
  videoUrl: 'https://video.laatupeili.example/intro',
  ...overrides,
});
const post = (c: Client, payload: object) => send(c, 'post', '/api/rounds', payload);

beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  own = await buildOrganisation(db, { region_code: '11' });
  foreign = await buildOrganisation(db, { region_code: '06' });
  admin = await signInAs(app, db, 'admin');
  coordinator = await signInAs(app, db, 'coordinator', { regionCode: '11' });
});
afterAll(() => db.destroy());

describe('opening a round', () => {
  it('a coordinator opens a round for their region; each organisation gets a link', async () => {
    const res = await post(coordinator, body()).expect(201);
    expect(res.body).toMatchObject({
      status: 'open',
      minGroupSize: 5,
      regionCode: '11',
      videoUrl: 'https://video.laatupeili.example/intro',
      introduction: { fi: 'Tervetuloa' },
      closesAt: '2099-12-31T13:00:00.000Z',
      organisations: [{ id: own.id }],
    });
    const links = (await coordinator.agent.get(`/api/rounds/${res.body.id}/invitations`).expect(200)).body;
    expect(links).toEqual([
      expect.objectContaining({
        organisationId: own.id,
        mode: 'individual',
        token: expect.stringMatching(/^[\w-]{43}$/),
      }),
    ]);
    const audit = (await admin.agent.get('/api/audit').expect(200)).body;
    expect(audit[0]).toMatchObject({ action: 'round.create', targetId: res.body.id });
  });

  it('a coordinator cannot include organisations of another region', async () => {
    const res = await post(coordinator, body({ organisationIds: [own.id, foreign.id] })).expect(400);
    expect(res.body.error.problems).toEqual([
      expect.objectContaining({ path: 'organisationIds[1]', code: 'outside_region' }),
    ]);
  });

  it('rejects bad dates, unknown instruments and a link that is not https, with paths', async () => {
    const dates = await post(admin, body({ opensAt: '2026-13-01', closesAt: 'tomorrow' })).expect(400);
    expect(dates.body.error.problems.map((p: { path: string }) => p.path)).toEqual(['opensAt', 'closesAt']);
    const order = await post(admin, body({ opensAt: '2026-05-01', closesAt: '2026-04-01' })).expect(400);
    expect(order.body.error.path).toBe('closesAt');
    const unknown = await post(admin, body({ instrumentVersion: '9.9.9' })).expect(400);
    expect(unknown.body.error.problems[0].code).toBe('unknown_instrument');
    const video = await post(admin, body({ videoUrl: 'javascript:alert(1)' })).expect(400);
    expect(video.body.error.path).toBe('videoUrl');
  });

  it('a quality manager cannot open rounds', async () => {
    const manager = await signInAs(app, db, 'manager', { organisationIds: [own.id] });
    expect((await post(manager, body()).expect(403)).body.error.code).toBe('forbidden');
  });

  it('changes a round: a later closing date', async () => {
    const created = await post(admin, body({ mode: 'group' })).expect(201);
    const res = await admin.agent
      .patch(`/api/rounds/${created.body.id}`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ closesAt: '2100-01-31', minGroupSize: 3 })
      .expect(200);
    // A bare date is the start of that day in Finland (EET in winter: UTC+2).
    expect(res.body).toMatchObject({ closesAt: '2100-01-30T22:00:00.000Z', minGroupSize: 3 });
    const links = (await admin.agent.get(`/api/rounds/${created.body.id}/invitations`).expect(200)).body;
    expect(links[0].mode).toBe('group');
  });
});
