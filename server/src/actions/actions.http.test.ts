import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { flattenIndicators, type Instrument } from '../instrument/schema';
import { type Client, send, signInAs } from '../test/auth';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import { buildInvitation, completeAnswers } from '../test/invitations';
import type { ActionFollowUp, ActionPlan } from './types';

let db: Db;
let app: ReturnType<typeof createTestApp>;
let admin: Client;
let manager: Client;
let instrument: Instrument;
let org: { id: string };
let other: { id: string };
let first: { round: { id: string }; base: string };
let weakest: string;

async function answerRound(roundId: string, organisationId: string, weakValue: number, count: number) {
  const token = await buildInvitation(db, roundId, organisationId);
  for (let i = 0; i < count; i++) {
    await request(app)
      .post(`/api/invitations/${token}/responses`)
      .send({
        id: randomUUID(),
        language: 'fi',
        answers: { ...completeAnswers(instrument, 4), [weakest]: { value: weakValue } },
      })
      .expect(201);
  }
}

beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  org = await buildOrganisation(db, { region_code: '11' });
  other = await buildOrganisation(db, { region_code: '11' });
  admin = await signInAs(app, db, 'admin');
  manager = await signInAs(app, db, 'manager', { organisationIds: [org.id] });
  const round = await buildRound(db, {
    organisationIds: [org.id, other.id],
    minGroupSize: 2,
    opensAt: new Date(Date.now() - 200 * 86400000),
  });
  instrument = (await admin.agent.get(`/api/rounds/${round.id}`).expect(200)).body.instrument;
  weakest = flattenIndicators(instrument)[5]!.indicator.id;
  await answerRound(round.id, org.id, 1, 3);
  first = { round, base: `/api/rounds/${round.id}/organisations/${org.id}/actions` };
});
afterAll(() => db.destroy());

describe('an action plan', () => {
  it('suggests the lowest-scoring indicators and standards', async () => {
    const plan: ActionPlan = (await manager.agent.get(first.base).expect(200)).body;
    expect(plan.actions).toEqual([]);
    expect(plan.suggestions.find((s) => s.targetKind === 'indicator')).toMatchObject({
      targetId: weakest,
      mean: 1,
      index: 0,
    });
  });

  it('a quality manager adds, edits and exports actions; overdue ones are flagged', async () => {
    const created = await send(manager, 'post', first.base, {
      targetKind: 'indicator',
      targetId: weakest,
      title: 'Laaditaan ohjauksen palautekysely',
      responsible: 'Ohjaustiimi',
      dueDate: '2020-01-31',
    }).expect(201);
    expect(created.body).toMatchObject({ status: 'planned', overdue: true });
    const updated = await send(manager, 'patch', `${first.base}/${created.body.id}`, {
      status: 'in_progress',
      notes: '=cmd|/c calc',
    }).expect(200);
    expect(updated.body).toMatchObject({ status: 'in_progress', overdue: true, notes: '=cmd|/c calc' });
    const csv = await manager.agent.get(`${first.base}.csv`).expect(200);
    expect(csv.text).toContain('Laaditaan ohjauksen palautekysely');
    expect(csv.text).toContain("'=cmd|/c calc");
    // Targets by display number and text, not ids; the suggestion for the same target says it has an action.
    expect(csv.text).not.toContain(weakest);
    const lines = csv.text.replace('\uFEFF', '').trim().split('\n');
    expect(lines[0]).toMatch(/^Rivi;Kohteen taso;Numero;Kohde;/);
    const action = lines.find((l) => l.startsWith('toimenpide;'))!.split(';');
    expect(action[1]).toBe('indikaattori');
    expect(action[2]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(action[3]!.length).toBeGreaterThan(10);
    expect(action[9]).toBe('käynnissä');
    const suggestion = lines.find((l) => l.startsWith(`ehdotus;indikaattori;${action[2]};`))!.split(';');
    expect(suggestion.at(-1)).toBe('kyllä');
    expect(lines.filter((l) => l.startsWith('ehdotus;')).some((l) => l.endsWith(';ei'))).toBe(true);
    const en = await manager.agent.get(`${first.base}.csv?lang=en`).expect(200);
    expect(en.text).toMatch(/^\uFEFF?Row,Target level,Number,Target,/);
    expect(en.headers['content-disposition']).toMatch(/filename\*=UTF-8''action-plan-.+\.csv/);
    const done = await send(manager, 'patch', `${first.base}/${created.body.id}`, { status: 'done' }).expect(200);
    expect(done.body.overdue).toBe(false);
  });

  it('rejects a wrong date format, an unknown indicator and an overlong text with paths', async () => {
    const bad = (body: object) =>
      send(manager, 'post', first.base, {
        targetKind: 'indicator',
        targetId: weakest,
        title: 'T',
        responsible: 'R',
        dueDate: '2027-01-01',
        ...body,
      });
    expect((await bad({ dueDate: '31.1.2027' }).expect(400)).body.error.path).toBe('dueDate');
    const unknown = await bad({ targetId: 'no-such-indicator' }).expect(400);
    expect(unknown.body.error).toMatchObject({
      path: 'targetId',
      problems: [expect.objectContaining({ code: 'unknown_target' })],
    });
    expect((await bad({ targetKind: 'standard', targetId: weakest }).expect(400)).body.error.path).toBe('targetId');
    expect((await bad({ title: 'x'.repeat(501) }).expect(400)).body.error.path).toBe('title');
    expect((await bad({ status: 'someday' }).expect(400)).body.error.path).toBe('status');
  });
});

describe('permissions', () => {
  it('coordinators of the region read plans but do not write; others see nothing', async () => {
    const coordinator = await signInAs(app, db, 'coordinator', { regionCode: '11' });
    await coordinator.agent.get(first.base).expect(200);
    const region = await coordinator.agent.get(`/api/rounds/${first.round.id}/regions/11/actions`).expect(200);
    expect(region.body.length).toBeGreaterThan(0);
    await send(coordinator, 'post', first.base, {
      targetKind: 'indicator',
      targetId: weakest,
      title: 'T',
      responsible: 'R',
      dueDate: '2027-01-01',
    }).expect(403);

    const elsewhere = await signInAs(app, db, 'coordinator', { regionCode: '06' });
    await elsewhere.agent.get(first.base).expect(403);
    const otherManager = await signInAs(app, db, 'manager', { organisationIds: [other.id] });
    await otherManager.agent.get(first.base).expect(403);
    const plan = await manager.agent.get(first.base).expect(200);
    await send(otherManager, 'patch', `${first.base}/${plan.body.actions[0].id}`, { status: 'done' }).expect(403);
    // An action of one organisation cannot be reached through another's path.
    await send(
      admin,
      'patch',
      `/api/rounds/${first.round.id}/organisations/${other.id}/actions/${plan.body.actions[0].id}`,
      { status: 'done' },
    ).expect(404);
  });
});

describe('rounds the organisation does not take part in', () => {
  const action = {
    targetKind: 'indicator',
    title: 'Ohjauksen palautekysely',
    responsible: 'Ohjaustiimi',
    dueDate: '2027-01-01',
  };

  it('no action is added, changed, deleted or read through a round the organisation is not in', async () => {
    const notIn = await buildRound(db, { organisationIds: [other.id] });
    const base = `/api/rounds/${notIn.id}/organisations/${org.id}/actions`;
    const created = await send(manager, 'post', first.base, { ...action, targetId: weakest }).expect(201);
    const id = created.body.id as string;
    for (const [method, url] of [
      ['post', base],
      ['patch', `${base}/${id}`],
      ['delete', `${base}/${id}`],
    ] as const) {
      const res = await send(manager, method, url, method === 'post' ? { ...action, targetId: weakest } : {});
      expect(res.status, `${method} ${url}`).toBe(404);
      expect(res.body.error.code).toBe('organisation_not_in_round');
    }
    for (const url of [base, `${base}.csv`, `/api/rounds/${notIn.id}/organisations/${org.id}/follow-up`]) {
      expect((await manager.agent.get(url).expect(404)).body.error.code).toBe('organisation_not_in_round');
    }
    // An administrator gets the same answer: the organisation is simply not in that round.
    await send(admin, 'post', base, { ...action, targetId: weakest }).expect(404);
    expect(await db('action_items').where('round_id', notIn.id).first()).toBeUndefined();
    // Through the path of a round the organisation is in, but not the action's round, the action is not found.
    const later = await buildRound(db, { organisationIds: [org.id] });
    const res = await send(manager, 'patch', `/api/rounds/${later.id}/organisations/${org.id}/actions/${id}`, {
      status: 'done',
    }).expect(404);
    expect(res.body.error.code).toBe('not_found');
    await send(manager, 'delete', `/api/rounds/${first.round.id}/organisations/${org.id}/actions/${id}`).expect(204);
  });
});

describe('the next round', () => {
  it("shows each earlier action beside the change in its indicator's scores", async () => {
    const next = await buildRound(db, { organisationIds: [org.id], minGroupSize: 2 });
    await answerRound(next.id, org.id, 3, 2);
    const followUp: ActionFollowUp[] = (
      await manager.agent.get(`/api/rounds/${next.id}/organisations/${org.id}/follow-up`).expect(200)
    ).body;
    expect(followUp).toHaveLength(1);
    expect(followUp[0]).toMatchObject({
      targetId: weakest,
      currentIds: [weakest],
      status: 'done',
      before: { mean: 1, n: 3 },
      after: { mean: 3, n: 2 },
      change: 2,
    });
  });
});
