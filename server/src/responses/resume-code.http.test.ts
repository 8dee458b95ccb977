/**
 * What a resume code opens, and for how long: a draft's answers while it is
 * a draft; after submitting only the summary and reflections; nothing once
 * the configured time after the round's close has passed. A valid link or
 * code keeps working for an address that is limited for failed guesses.
 */
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { flattenIndicators, type Instrument } from '../instrument/schema';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import { buildInvitation, completeAnswers } from '../test/invitations';
import type { StartedDraft } from './types';

const DAY = 24 * 60 * 60 * 1000;
let db: Db;
let app: ReturnType<typeof createTestApp>;
let org: { id: string };
let instrument: Instrument;

async function submittedDraft(target = app, roundId?: string) {
  const round = roundId ?? (await buildRound(db, { organisationIds: [org.id], minGroupSize: 1 })).id;
  const link = await buildInvitation(db, round, org.id);
  const draft: StartedDraft = (
    await request(target).post(`/api/invitations/${link}/drafts`).send({ id: randomUUID(), language: 'fi' }).expect(201)
  ).body;
  const answers = completeAnswers(instrument);
  answers[flattenIndicators(instrument)[0]!.indicator.id] = { value: 4, text: 'Salainen näyttö 7781' };
  await request(target).post(`/api/drafts/${draft.resumeCode}/submit`).send({ revision: 0, answers }).expect(201);
  return { roundId: round, link, code: draft.resumeCode };
}

/** Moves a round's close into the past: `days` ago. */
const closedDaysAgo = (roundId: string, days: number) =>
  db('rounds')
    .where('id', roundId)
    .update({
      opens_at: new Date(Date.now() - (days + 10) * DAY).toISOString(),
      closes_at: new Date(Date.now() - days * DAY).toISOString(),
    });

beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  org = await buildOrganisation(db);
  const round = await buildRound(db, { organisationIds: [org.id] });
  const link = await buildInvitation(db, round.id, org.id);
  instrument = (await request(app).get(`/api/invitations/${link}`).expect(200)).body.instrument;
});
afterAll(() => db.destroy());

describe('after submitting, a resume code', () => {
  it('gives the status and the round but never the answers', async () => {
    const { code, roundId } = await submittedDraft();
    const res = await request(app).get(`/api/drafts/${code}`).expect(200);
    expect(res.body).toMatchObject({ status: 'submitted', invitation: { round: { id: roundId } } });
    expect(res.body.submittedAt).toEqual(expect.any(String));
    expect(res.body).not.toHaveProperty('answers');
    expect(res.body).not.toHaveProperty('groupName');
    expect(res.body).not.toHaveProperty('id');
    expect(res.text).not.toContain('Salainen näyttö 7781');
  });

  it('still opens the summary and the reflections', async () => {
    const { code } = await submittedDraft();
    await request(app).get(`/api/drafts/${code}/summary`).expect(200);
    await request(app).get(`/api/drafts/${code}/reflections`).expect(200);
  });

  it('cannot save over the submitted answers', async () => {
    const { code } = await submittedDraft();
    const res = await request(app).put(`/api/drafts/${code}`).send({ revision: 1, answers: {} }).expect(409);
    expect(res.body.error.code).toBe('already_submitted');
  });
});

describe('a resume code stops working', () => {
  it('30 days (the default) after the round closes: 410 resume_code_expired everywhere', async () => {
    const { code, roundId } = await submittedDraft();
    await closedDaysAgo(roundId, 29);
    await request(app).get(`/api/drafts/${code}`).expect(200);
    await request(app).get(`/api/drafts/${code}/summary`).expect(200);
    await closedDaysAgo(roundId, 31);
    for (const path of ['', '/summary', '/reflections']) {
      const res = await request(app).get(`/api/drafts/${code}${path}`).expect(410);
      expect(res.body.error.code, path).toBe('resume_code_expired');
    }
    const save = await request(app).put(`/api/drafts/${code}`).send({ revision: 1, answers: {} }).expect(410);
    expect(save.body.error.code).toBe('resume_code_expired');
    const submit = await request(app).post(`/api/drafts/${code}/submit`).send({ revision: 1, answers: {} });
    expect(submit.status).toBe(410);
  });

  it('also an unsubmitted draft, whose answers no longer open', async () => {
    const round = await buildRound(db, { organisationIds: [org.id] });
    const link = await buildInvitation(db, round.id, org.id);
    const draft: StartedDraft = (
      await request(app).post(`/api/invitations/${link}/drafts`).send({ id: randomUUID(), language: 'fi' }).expect(201)
    ).body;
    await closedDaysAgo(round.id, 31);
    expect((await request(app).get(`/api/drafts/${draft.resumeCode}`).expect(410)).body.error.code).toBe(
      'resume_code_expired',
    );
  });

  it('as configured: RESUME_CODE_DAYS_AFTER_CLOSE=0 ends it when the round closes', async () => {
    const strict = createTestApp(db, undefined, { resumeCodeDaysAfterClose: 0 });
    const { code, roundId } = await submittedDraft(strict);
    await request(strict).get(`/api/drafts/${code}/summary`).expect(200);
    await db('rounds')
      .where('id', roundId)
      .update({ closes_at: new Date(Date.now() - 1000).toISOString() });
    await request(strict).get(`/api/drafts/${code}/summary`).expect(410);
    // The default application still gives it the 30 days.
    await request(app).get(`/api/drafts/${code}/summary`).expect(200);
  });
});

describe('the failed-guess limit', () => {
  const failures = async () => {
    const rows = await db('rate_limits').where('key', 'like', 'secret-guess:%');
    return rows.reduce((sum, r) => sum + Number(r.hits), 0);
  };

  it('refuses wrong secrets from a limited address but lets valid links and codes through', async () => {
    await db('rate_limits').delete();
    const valid = await submittedDraft();
    const round = await buildRound(db, { organisationIds: [org.id] });
    const link = await buildInvitation(db, round.id, org.id);
    const draft: StartedDraft = (
      await request(app).post(`/api/invitations/${link}/drafts`).send({ id: randomUUID(), language: 'fi' }).expect(201)
    ).body;
    // Successes and an expired code cost nothing.
    const expired = await submittedDraft();
    await closedDaysAgo(expired.roundId, 40);
    await request(app).get(`/api/drafts/${expired.code}`).expect(410);
    expect(await failures()).toBe(0);

    for (let i = 0; i < 50; i++)
      await request(app)
        .get(`/api/drafts/AAAAA-${String(i).padStart(5, '0')}`)
        .expect(404);
    await expect.poll(failures).toBe(50);

    const wrongCode = await request(app).get('/api/drafts/BBBBB-BBBBB').expect(429);
    expect(wrongCode.body.error.code).toBe('rate_limited');
    await request(app).get('/api/invitations/no-such-link').expect(429);
    expect(await failures()).toBe(52);

    // Colleagues behind the same address go on answering.
    await request(app).get(`/api/invitations/${link}`).expect(200);
    await request(app).post(`/api/invitations/${link}/drafts`).send({ id: randomUUID(), language: 'fi' }).expect(201);
    await request(app).get(`/api/drafts/${draft.resumeCode}`).expect(200);
    await request(app)
      .put(`/api/drafts/${draft.resumeCode}`)
      .send({ revision: 0, answers: completeAnswers(instrument) })
      .expect(200);
    await request(app).get(`/api/drafts/${valid.code}/summary`).expect(200);
    await request(app).get(`/api/drafts/${valid.code.toLowerCase()}`).expect(200);
    expect(await failures()).toBe(52);

    // At the ceiling (20 × the limit) the address is refused outright until the window ends.
    await db('rate_limits').where('key', 'like', 'secret-guess:%').update({ hits: 1000 });
    await request(app).get(`/api/drafts/${draft.resumeCode}`).expect(429);
    await request(app).get(`/api/invitations/${link}`).expect(429);
  });
});
