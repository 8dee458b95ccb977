/**
 * Who may change a round, and how far: a round belongs to the scope that
 * opened it, and its minimums never go down once anyone has begun to answer.
 */
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { type Client, signInAs } from '../test/auth';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import { buildInvitation } from '../test/invitations';
import type { RoundDetail } from './types';

let db: Db;
let app: ReturnType<typeof createTestApp>;
let admin: Client;
let coordinator: Client;
let manager: Client;
let own: { id: string };
let foreign: { id: string };

const patch = (c: Client, roundId: string, body: object) =>
  c.agent.patch(`/api/rounds/${roundId}`).set('X-CSRF-Token', c.csrf).send(body);
const post = (c: Client, url: string, body: object = {}) => c.agent.post(url).set('X-CSRF-Token', c.csrf).send(body);
const codes = (res: { body: { error: { problems?: { path: string; code?: string }[] } } }) =>
  (res.body.error.problems ?? []).map((p) => `${p.path}:${p.code}`);

const roundBody = (overrides: object = {}) => ({
  name: { fi: 'Syksyn arviointi' },
  instrumentId: 'elo-quality',
  instrumentVersion: '1.0.0',
  organisationIds: [own.id],
  opensAt: '2026-01-01',
  closesAt: '2099-12-31',
  ...overrides,
});

/** A draft begun through the organisation's link: from now on the round's minimums are a promise. */
async function startDraft(roundId: string, organisationId: string, mode: 'individual' | 'group' = 'individual') {
  const token = await buildInvitation(db, roundId, organisationId, mode);
  await request(app).post(`/api/invitations/${token}/drafts`).send({ id: randomUUID(), language: 'fi' }).expect(201);
}

beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  own = await buildOrganisation(db, { region_code: '11' });
  foreign = await buildOrganisation(db, { region_code: '06' });
  admin = await signInAs(app, db, 'admin');
  coordinator = await signInAs(app, db, 'coordinator', { regionCode: '11' });
  manager = await signInAs(app, db, 'manager', { organisationIds: [own.id] });
});
afterAll(() => db.destroy());

describe('a round belongs to the scope that opened it', () => {
  it('a coordinator reads but cannot change a national round that one of their organisations is in', async () => {
    const national = await buildRound(db, { organisationIds: [own.id, foreign.id], minGroupSize: 5 });
    await coordinator.agent.get(`/api/rounds/${national.id}`).expect(200);
    for (const body of [{ name: { fi: 'Uusi nimi' } }, { closesAt: '2026-01-02' }, { minGroupSize: 1 }]) {
      expect((await patch(coordinator, national.id, body).expect(403)).body.error.code).toBe('forbidden');
    }
    await post(coordinator, `/api/rounds/${national.id}/organisations/${own.id}/invitation`).expect(403);
    const row = await db('rounds').where('id', national.id).first();
    expect(row).toMatchObject({ name_fi: 'Testikierros', min_group_size: 5 });
  });

  it("a coordinator cannot change their region's round once one of its organisations is in another region", async () => {
    const mixed = await buildRound(db, { organisationIds: [own.id, foreign.id], regionCode: '11' });
    await patch(coordinator, mixed.id, { name: { fi: 'Uusi nimi' } }).expect(403);
    await post(coordinator, `/api/rounds/${mixed.id}/organisations/${own.id}/invitation`).expect(403);
    await patch(admin, mixed.id, { name: { fi: 'Uusi nimi' } }).expect(200);
  });

  it("a coordinator changes their own region's round; another region's coordinator and managers cannot", async () => {
    const created = (await post(coordinator, '/api/rounds', roundBody()).expect(201)).body as RoundDetail;
    expect(created.regionCode).toBe('11');
    await patch(coordinator, created.id, { name: { fi: 'Kevään arviointi' } }).expect(200);
    await post(coordinator, `/api/rounds/${created.id}/organisations/${own.id}/invitation`).expect(201);
    const elsewhere = await signInAs(app, db, 'coordinator', { regionCode: '06' });
    await patch(elsewhere, created.id, { name: { fi: 'X' } }).expect(403);
    await patch(manager, created.id, { name: { fi: 'X' } }).expect(403);
    await post(manager, `/api/rounds/${created.id}/organisations/${own.id}/invitation`).expect(403);
  });
});

describe('minimum group sizes', () => {
  it('opens a round at 5 unless told otherwise, and never below the floor (3)', async () => {
    const created = (await post(admin, '/api/rounds', roundBody()).expect(201)).body as RoundDetail;
    expect(created).toMatchObject({ minGroupSize: 5, minTextGroupSize: null, shareGroupAnswers: false });
    const low = await post(admin, '/api/rounds', roundBody({ minGroupSize: 2 })).expect(400);
    expect(codes(low)).toEqual(['minGroupSize:below_floor']);
    const text = await post(admin, '/api/rounds', roundBody({ minGroupSize: 6, minTextGroupSize: 5 })).expect(400);
    expect(codes(text)).toEqual(['minTextGroupSize:text_minimum_below_minimum']);
    const ok = await post(admin, '/api/rounds', roundBody({ minGroupSize: 3, minTextGroupSize: 8 })).expect(201);
    expect(ok.body).toMatchObject({ minGroupSize: 3, minTextGroupSize: 8 });
  });

  it('tells the round forms the floor and the default', async () => {
    const rules = await admin.agent.get('/api/round-rules').expect(200);
    expect(rules.body).toEqual({ minGroupSizeFloor: 3, defaultMinGroupSize: 5 });
    await manager.agent.get('/api/round-rules').expect(403);
  });

  it('takes the floor from the configuration', async () => {
    const strict = createTestApp(db, undefined, { minGroupSizeFloor: 7 });
    const strictAdmin = await signInAs(strict, db, 'admin');
    const rules = await strictAdmin.agent.get('/api/round-rules').expect(200);
    expect(rules.body).toEqual({ minGroupSizeFloor: 7, defaultMinGroupSize: 7 });
    const created = await post(strictAdmin, '/api/rounds', roundBody()).expect(201);
    expect(created.body.minGroupSize).toBe(7);
    const low = await post(strictAdmin, '/api/rounds', roundBody({ minGroupSize: 6 })).expect(400);
    expect(codes(low)).toEqual(['minGroupSize:below_floor']);
    const lower = await patch(strictAdmin, created.body.id, { minGroupSize: 5 }).expect(400);
    expect(codes(lower)).toEqual(['minGroupSize:below_floor']);
  });

  it('may be lowered (to the floor) while nobody has answered', async () => {
    const created = (await post(admin, '/api/rounds', roundBody({ minGroupSize: 8 })).expect(201)).body;
    const res = await patch(admin, created.id, { minGroupSize: 3 }).expect(200);
    expect(res.body).toMatchObject({ minGroupSize: 3, hasResponses: false });
  });

  it('cannot be lowered by anyone once a draft exists; raising is allowed', async () => {
    const created = (await post(admin, '/api/rounds', roundBody({ minGroupSize: 5, minTextGroupSize: 7 })).expect(201))
      .body as RoundDetail;
    await startDraft(created.id, own.id);
    const detail = (await admin.agent.get(`/api/rounds/${created.id}`).expect(200)).body as RoundDetail;
    expect(detail.hasResponses).toBe(true);

    expect(codes(await patch(admin, created.id, { minGroupSize: 4 }).expect(400))).toEqual([
      'minGroupSize:minimum_lowered',
    ]);
    // Dropping the text minimum would let texts follow the lower minimum of figures: 7 → 5.
    expect(codes(await patch(admin, created.id, { minTextGroupSize: null }).expect(400))).toEqual([
      'minTextGroupSize:minimum_lowered',
    ]);
    expect(codes(await patch(admin, created.id, { minTextGroupSize: 6 }).expect(400))).toEqual([
      'minTextGroupSize:minimum_lowered',
    ]);
    const raised = await patch(admin, created.id, { minGroupSize: 6, minTextGroupSize: 9 }).expect(200);
    expect(raised.body).toMatchObject({ minGroupSize: 6, minTextGroupSize: 9 });
    // A raised figure minimum above the text minimum is refused: texts are never shown on less.
    expect(codes(await patch(admin, created.id, { minGroupSize: 10 }).expect(400))).toEqual([
      'minTextGroupSize:text_minimum_below_minimum',
    ]);
    // Other changes go on as before.
    await patch(admin, created.id, { name: { fi: 'Uusi nimi' } }).expect(200);
  });

  it('the audit log records a minimum change old → new', async () => {
    const created = (await post(admin, '/api/rounds', roundBody({ minGroupSize: 5 })).expect(201)).body;
    await patch(admin, created.id, { minGroupSize: 6, name: { fi: 'Syksyn arviointi' } }).expect(200);
    const log = (await admin.agent.get('/api/audit?limit=5').expect(200)).body;
    expect(log[0]).toMatchObject({
      action: 'round.update',
      targetId: created.id,
      // The name did not change, so only the minimum is recorded.
      details: { changes: [{ field: 'minGroupSize', from: 5, to: 6 }] },
    });
  });
});

describe('sharing group answers', () => {
  it('is set when a working-group round opens, and only for working groups', async () => {
    const individual = await post(admin, '/api/rounds', roundBody({ shareGroupAnswers: true })).expect(400);
    expect(codes(individual)).toEqual(['shareGroupAnswers:not_group_mode']);
    const group = await post(admin, '/api/rounds', roundBody({ mode: 'group', shareGroupAnswers: true })).expect(201);
    expect(group.body.shareGroupAnswers).toBe(true);
  });

  it('may change until the first response, then stays as announced', async () => {
    const created = (await post(admin, '/api/rounds', roundBody({ mode: 'group' })).expect(201)).body as RoundDetail;
    expect((await patch(admin, created.id, { shareGroupAnswers: true }).expect(200)).body.shareGroupAnswers).toBe(true);
    await patch(admin, created.id, { shareGroupAnswers: false }).expect(200);
    await startDraft(created.id, own.id, 'group');
    expect(codes(await patch(admin, created.id, { shareGroupAnswers: true }).expect(400))).toEqual([
      'shareGroupAnswers:sharing_locked',
    ]);
    // Sending the value it already has is no change.
    await patch(admin, created.id, { shareGroupAnswers: false }).expect(200);
  });
});
