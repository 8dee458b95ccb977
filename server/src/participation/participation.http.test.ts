import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import type { Instrument } from '../instrument/schema';
import { type Client, signInAs } from '../test/auth';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import { buildInvitation, completeAnswers } from '../test/invitations';
import { daysLeft } from './service';
import type { Participation } from './types';

let db: Db;
let app: ReturnType<typeof createTestApp>;
let admin: Client;
let instrument: Instrument;
let round: { id: string };
let closing: { id: string };
const org: Record<'a' | 'b' | 'other', { id: string }> = {} as never;
const token: Record<string, string> = {};
const DRAFT_SECRET = 'Luonnoksen salainen perustelu';

async function submit(organisationId: string, group?: { groupName: string; participants: number }) {
  await request(app)
    .post(`/api/invitations/${token[organisationId]}/responses`)
    .send({ id: randomUUID(), language: 'fi', answers: completeAnswers(instrument, 3), ...group })
    .expect(201);
}

async function draft(organisationId: string) {
  const started = await request(app)
    .post(`/api/invitations/${token[organisationId]}/drafts`)
    .send({ id: randomUUID(), language: 'fi' })
    .expect(201);
  const [first] = Object.keys(completeAnswers(instrument));
  await request(app)
    .put(`/api/drafts/${started.body.resumeCode}`)
    .send({ revision: started.body.revision, answers: { [first!]: { value: 2, text: DRAFT_SECRET } } })
    .expect(200);
}

const rowOf = (p: Participation, id: string) => p.organisations.find((r) => r.organisation.id === id);

beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  admin = await signInAs(app, db, 'admin');
  org.a = await buildOrganisation(db, { region_code: '11', name: 'Alfa' });
  org.b = await buildOrganisation(db, { region_code: '11', name: 'Beta' });
  org.other = await buildOrganisation(db, { region_code: '06', name: 'Muu' });
  round = await buildRound(db, { organisationIds: Object.values(org).map((o) => o.id), minGroupSize: 3 });
  instrument = (await admin.agent.get(`/api/rounds/${round.id}`).expect(200)).body.instrument;
  for (const o of Object.values(org))
    token[o.id] = await buildInvitation(db, round.id, o.id, o === org.a ? 'group' : 'individual');
  // Alfa (a working-group link): groups of 4 and 2 (2 responses, 6 people), 1 draft.
  // Beta: 1 individual, 2 drafts: 2 people short of the minimum 3. Muu (06): 3 individuals.
  await submit(org.a.id, { groupName: 'Tiimi', participants: 4 });
  await submit(org.a.id, { groupName: 'Pari', participants: 2 });
  await draft(org.a.id);
  await submit(org.b.id);
  await draft(org.b.id);
  await draft(org.b.id);
  for (let i = 0; i < 3; i++) await submit(org.other.id);
  // A round closing in two days, where no one has answered yet.
  closing = await buildRound(db, {
    organisationIds: [org.a.id],
    minGroupSize: 3,
    closesAt: new Date(Date.now() + 2 * 24 * 60 * 60 * 1000 - 60_000),
  });
});

afterAll(async () => {
  await db?.destroy();
});

describe('GET /api/rounds/:roundId/participation', () => {
  it('counts submitted responses, working groups, people and drafts per organisation, with totals', async () => {
    const p: Participation = (await admin.agent.get(`/api/rounds/${round.id}/participation`).expect(200)).body;
    expect(p.minGroupSize).toBe(3);
    expect(rowOf(p, org.a.id)).toMatchObject({
      submitted: 2,
      groups: 2,
      people: 6,
      drafts: 1,
      missing: 0,
      reached: true,
    });
    expect(rowOf(p, org.b.id)).toMatchObject({
      submitted: 1,
      groups: 0,
      people: 1,
      drafts: 2,
      missing: 2,
      reached: false,
    });
    expect(rowOf(p, org.other.id)).toMatchObject({ submitted: 3, people: 3, drafts: 0, reached: true });
    expect(rowOf(p, org.a.id)?.invitation?.token).toBe(token[org.a.id]);
    expect(p.total).toEqual({ organisations: 3, reached: 2, submitted: 6, groups: 2, people: 10, drafts: 3 });
    expect(p.regions.map((r) => [r.region.code, r.submitted, r.drafts, r.reached])).toEqual([
      ['06', 3, 0, 1],
      ['11', 3, 3, 1],
    ]);
    // Thirty days left: nobody is flagged yet.
    expect(p.daysLeft).toBe(30);
    expect(p.organisations.some((r) => r.flagged)).toBe(false);
  });

  it('never carries a draft’s answers or texts, only their number', async () => {
    const res = await admin.agent.get(`/api/rounds/${round.id}/participation`).expect(200);
    expect(res.text).not.toContain(DRAFT_SECRET);
    expect(res.text).not.toMatch(/"answers"|"value"/);
  });

  it('shows a coordinator their region’s organisations and a manager their own, with the region and round totals', async () => {
    const coordinator = await signInAs(app, db, 'coordinator', { regionCode: '11' });
    const c: Participation = (await coordinator.agent.get(`/api/rounds/${round.id}/participation`).expect(200)).body;
    expect(c.organisations.map((r) => r.organisation.name.fi)).toEqual(['Alfa', 'Beta']);
    expect(c.regions.map((r) => r.region.code)).toEqual(['11']);
    expect(c.total.submitted).toBe(6);

    const manager = await signInAs(app, db, 'manager', { organisationIds: [org.b.id] });
    const m: Participation = (await manager.agent.get(`/api/rounds/${round.id}/participation`).expect(200)).body;
    expect(m.organisations.map((r) => r.organisation.name.fi)).toEqual(['Beta']);
    expect(m.regions).toHaveLength(1);
    expect(m.regions[0]).toMatchObject({ organisations: 2, submitted: 3 });
  });

  it('refuses viewers whose scope has no organisation in the round, and the signed-out', async () => {
    const coordinator = await signInAs(app, db, 'coordinator', { regionCode: '02' });
    await coordinator.agent.get(`/api/rounds/${round.id}/participation`).expect(403);
    const stranger = await signInAs(app, db, 'manager', { organisationIds: [org.other.id] });
    await stranger.agent.get(`/api/rounds/${closing.id}/participation`).expect(403);
    await request(app).get(`/api/rounds/${round.id}/participation`).expect(401);
    await admin.agent.get(`/api/rounds/${randomUUID()}/participation`).expect(404);
  });

  it('flags an organisation below the minimum when the round closes within a week', async () => {
    const p: Participation = (await admin.agent.get(`/api/rounds/${closing.id}/participation`).expect(200)).body;
    expect(p.daysLeft).toBe(2);
    expect(rowOf(p, org.a.id)).toMatchObject({ submitted: 0, drafts: 0, missing: 3, flagged: true });
  });
});

describe('daysLeft', () => {
  it('rounds up to whole days and stops at zero', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    expect(daysLeft('2026-12-01T12:00:01Z', now)).toBe(1);
    expect(daysLeft('2026-12-08T12:00:00Z', now)).toBe(7);
    expect(daysLeft('2026-11-30T12:00:00Z', now)).toBe(0);
  });
});
