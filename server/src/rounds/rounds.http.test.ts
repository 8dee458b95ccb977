import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { flattenIndicators } from '../instrument/schema';
import type { OrganisationResults } from '../results/types';
import { expectNothingOwnShown } from '../test/assert';
import { type Client, signInAs } from '../test/auth';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import { buildInvitation, completeAnswers as completeAnswersOf } from '../test/invitations';
import type { RoundDetail } from './types';

let db: Db;
let app: ReturnType<typeof createTestApp>;
let round: { id: string };
let org: { id: string };
let other: { id: string };
let detail: RoundDetail;
let admin: Client;

let token: string;
const completeAnswers = (value = 4) => completeAnswersOf(detail.instrument, value);

beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  org = await buildOrganisation(db, { name: 'Testiopisto' });
  other = await buildOrganisation(db, { region_code: '06' });
  round = await buildRound(db, { organisationIds: [org.id] });
  admin = await signInAs(app, db, 'admin');
  detail = (await admin.agent.get(`/api/rounds/${round.id}`).expect(200)).body;
  token = await buildInvitation(db, round.id, org.id);
});
afterAll(() => db.destroy());

describe('rounds API', () => {
  it('lists the round and gives its instrument and organisations', async () => {
    const list = await admin.agent.get('/api/rounds').expect(200);
    expect(list.body).toContainEqual(
      expect.objectContaining({ id: round.id, status: 'open', instrumentId: 'elo-quality' }),
    );
    expect(detail.instrument.areas).toHaveLength(4);
    expect(detail.organisations).toEqual([
      {
        id: org.id,
        name: { fi: 'Testiopisto' },
        language: null,
        regionCode: '11',
        regionName: { fi: 'Pohjois-Savo', sv: 'Norra Savolax', en: 'North Savo' },
      },
    ]);
  });

  it('answers 404 with a code for an unknown round', async () => {
    const res = await admin.agent.get(`/api/rounds/${randomUUID()}`).expect(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('submitting a response', () => {
  const submit = (body: unknown, link = token) =>
    request(app)
      .post(`/api/invitations/${link}/responses`)
      .send(body as object);

  it('stores a valid response, and the results include it', async () => {
    const before: OrganisationResults = (
      await admin.agent.get(`/api/rounds/${round.id}/organisations/${org.id}/results`).expect(200)
    ).body;
    const answers = completeAnswers(2);
    const firstId = flattenIndicators(detail.instrument)[0]!.indicator.id;
    answers[firstId] = { value: 5, text: 'Näin se näkyy' };
    const id = randomUUID();
    const res = await submit({ id, language: 'fi', answers }).expect(201);
    expect(res.body).toMatchObject({ id, duplicate: false });

    const after: OrganisationResults = (
      await admin.agent.get(`/api/rounds/${round.id}/organisations/${org.id}/results`).expect(200)
    ).body;
    expect(after.responses).toBe(before.responses + 1);
    expect(after.suppressed).toBe(false);
    const firstIndicator = after.areas[0]!.standards[0]!.indicators[0]!;
    expect(firstIndicator).toMatchObject({ id: firstId, n: 1, mean: 5, index: 100, notApplicable: 0 });
    expect(firstIndicator.distribution).toContainEqual({ value: 5, count: 1 });
    const secondStandard = after.areas[0]!.standards[1]!;
    expect(secondStandard).toMatchObject({ n: 1, mean: 2, index: 25 });
  });

  it('is idempotent: a retried submit with the same id stores nothing new', async () => {
    const body = { id: randomUUID(), language: 'sv', answers: completeAnswers(3) };
    await submit(body).expect(201);
    const retry = await submit(body).expect(200);
    expect(retry.body.duplicate).toBe(true);
    const [row] = await db('responses').where('id', body.id).count({ n: '*' });
    expect(Number(row?.n)).toBe(1);
  });

  it('rejects answers that do not fit the instrument version with the path of each', async () => {
    const answers: Record<string, { value?: number }> = { ...completeAnswers(), 'no-such-indicator': { value: 3 } };
    const first = flattenIndicators(detail.instrument)[0]!.indicator.id;
    answers[first] = { value: 9 };
    const res = await submit({ id: randomUUID(), language: 'fi', answers }).expect(400);
    expect(res.body.error.code).toBe('invalid_answers');
    expect(res.body.error.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: `answers.${first}.value`, code: 'value_off_scale' }),
        expect.objectContaining({ path: 'answers.no-such-indicator', code: 'unknown_indicator' }),
      ]),
    );
  });

  it('rejects answers keyed __proto__, constructor or prototype by name, with their path', async () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      // Raw JSON: the key must reach the server as written, not be dropped by a client's serialiser.
      const answers = JSON.stringify(completeAnswers()).replace(/^\{/, `{"${key}":{"value":3},`);
      const res = await request(app)
        .post(`/api/invitations/${token}/responses`)
        .set('Content-Type', 'application/json')
        .send(`{"id":"${randomUUID()}","language":"fi","answers":${answers}}`)
        .expect(400);
      expect(res.body.error.problems, key).toEqual([
        expect.objectContaining({ path: `answers.${key}`, code: 'unknown_indicator' }),
      ]);
    }
  });

  it('rejects an incomplete response, an overlong text and a wrong type', async () => {
    const incomplete = await submit({ id: randomUUID(), language: 'fi', answers: {} }).expect(400);
    expect(incomplete.body.error.problems[0].code).toBe('answer_missing');

    const answers = completeAnswers();
    const first = Object.keys(answers)[0]!;
    answers[first] = { value: 3, text: 'x'.repeat(4001) };
    const long = await submit({ id: randomUUID(), language: 'fi', answers }).expect(400);
    expect(long.body.error).toMatchObject({ code: 'validation_failed', path: `answers.${first}.text` });

    const wrongType = await submit({ id: 'not-a-uuid', language: 'de', answers: [] }).expect(400);
    expect(wrongType.body.error.problems.map((p: { path: string }) => p.path)).toEqual(['id', 'language', 'answers']);
  });

  it('rejects malformed JSON and oversized bodies with clear codes', async () => {
    const bad = await request(app)
      .post(`/api/invitations/${token}/responses`)
      .set('Content-Type', 'application/json')
      .send('{"id": ')
      .expect(400);
    expect(bad.body.error.code).toBe('malformed_json');
    const huge = await submit({
      id: randomUUID(),
      language: 'fi',
      answers: {},
      pad: 'x'.repeat(600_000),
    }).expect(413);
    expect(huge.body.error.code).toBe('body_too_large');
  });

  it('rejects an unknown link and a closed round', async () => {
    const unknown = await submit(
      { id: randomUUID(), language: 'fi', answers: completeAnswers() },
      'no-such-link',
    ).expect(404);
    expect(unknown.body.error.code).toBe('invitation_not_found');

    const closed = await buildRound(db, {
      organisationIds: [org.id],
      opensAt: new Date(Date.now() - 10 * 86400000),
      closesAt: new Date(Date.now() - 86400000),
    });
    const closedLink = await buildInvitation(db, closed.id, org.id);
    const res = await submit({ id: randomUUID(), language: 'fi', answers: completeAnswers() }, closedLink).expect(409);
    expect(res.body.error.code).toBe('round_closed');
  });
});

describe('results', () => {
  it('shows no figures below the minimum group size', async () => {
    const small = await buildRound(db, { organisationIds: [org.id], minGroupSize: 3 });
    await request(app)
      .post(`/api/invitations/${await buildInvitation(db, small.id, org.id)}/responses`)
      .send({ id: randomUUID(), language: 'fi', answers: completeAnswers() })
      .expect(201);
    const res = await admin.agent.get(`/api/rounds/${small.id}/organisations/${org.id}/results`).expect(200);
    expect(res.body).toMatchObject({ responses: 1, minGroupSize: 3, suppressed: true });
    expectNothingOwnShown(res.body);
  });

  it('answers 404 for an organisation outside the round', async () => {
    const res = await admin.agent.get(`/api/rounds/${round.id}/organisations/${other.id}/results`).expect(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('unknown API routes', () => {
  it('answer 404 in JSON', async () => {
    const res = await request(app).get('/api/nothing-here').expect(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
