import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { flattenIndicators, type Instrument } from '../instrument/schema';
import { expectNothingOwnShown } from '../test/assert';
import { type Client, signInAs } from '../test/auth';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import { buildInvitation, completeAnswers } from '../test/invitations';
import type { StartedDraft } from './types';

let db: Db;
let app: ReturnType<typeof createTestApp>;
let org: { id: string };
let round: { id: string };
let link: string;
let instrument: Instrument;
let admin: Client;

beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  org = await buildOrganisation(db);
  round = await buildRound(db, { organisationIds: [org.id], minGroupSize: 1 });
  link = await buildInvitation(db, round.id, org.id);
  admin = await signInAs(app, db, 'admin');
  instrument = (await request(app).get(`/api/invitations/${link}`).expect(200)).body.instrument;
});
afterAll(() => db.destroy());

async function start(token = link, extra: object = {}): Promise<StartedDraft> {
  const res = await request(app)
    .post(`/api/invitations/${token}/drafts`)
    .send({ id: randomUUID(), language: 'fi', ...extra })
    .expect(201);
  return res.body;
}
const save = (code: string, body: object) => request(app).put(`/api/drafts/${code}`).send(body);
const submit = (code: string, body: object) => request(app).post(`/api/drafts/${code}/submit`).send(body);
const firstId = () => flattenIndicators(instrument)[0]!.indicator.id;

describe('the invitation link', () => {
  it('opens the round, the organisation and the instrument', async () => {
    const res = await request(app).get(`/api/invitations/${link}`).expect(200);
    expect(res.body).toMatchObject({
      mode: 'individual',
      round: { id: round.id, status: 'open' },
      organisation: { id: org.id },
    });
    expect(res.body.instrument.id).toBe('elo-quality');
  });

  it('says clearly when the round has not opened or has closed', async () => {
    const later = await buildRound(db, {
      organisationIds: [org.id],
      opensAt: new Date(Date.now() + 86400000),
      closesAt: new Date(Date.now() + 9 * 86400000),
    });
    const early = await buildInvitation(db, later.id, org.id);
    expect((await request(app).get(`/api/invitations/${early}`).expect(200)).body.round.status).toBe('upcoming');
    expect(
      (
        await request(app)
          .post(`/api/invitations/${early}/drafts`)
          .send({ id: randomUUID(), language: 'fi' })
          .expect(409)
      ).body.error.code,
    ).toBe('round_not_open');

    const past = await buildRound(db, {
      organisationIds: [org.id],
      opensAt: new Date(Date.now() - 9 * 86400000),
      closesAt: new Date(Date.now() - 86400000),
    });
    const late = await buildInvitation(db, past.id, org.id);
    expect(
      (
        await request(app)
          .post(`/api/invitations/${late}/drafts`)
          .send({ id: randomUUID(), language: 'fi' })
          .expect(409)
      ).body.error.code,
    ).toBe('round_closed');
  });

  it('stops working when regenerated, while a draft started with it goes on', async () => {
    const own = await buildRound(db, { organisationIds: [org.id] });
    const old = await buildInvitation(db, own.id, org.id);
    const draft = await start(old);
    const fresh = await admin.agent
      .post(`/api/rounds/${own.id}/organisations/${org.id}/invitation`)
      .set('X-CSRF-Token', admin.csrf)
      .send({})
      .expect(201);
    expect(fresh.body.token).not.toBe(old);
    const res = await request(app).get(`/api/invitations/${old}`).expect(410);
    expect(res.body.error.code).toBe('invitation_revoked');
    await request(app).get(`/api/invitations/${fresh.body.token}`).expect(200);
    await save(draft.resumeCode, { revision: 0, answers: { [firstId()]: { value: 3 } } }).expect(200);
  });
});

describe('autosave and resume', () => {
  it('saves with revisions: a stale revision is rejected and the newer answers stay', async () => {
    const draft = await start();
    expect(draft.resumeCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    const id = firstId();
    expect(
      (await save(draft.resumeCode, { revision: 0, answers: { [id]: { value: 2 } } }).expect(200)).body.revision,
    ).toBe(1);
    expect(
      (await save(draft.resumeCode, { revision: 1, answers: { [id]: { value: 5, text: 'Uusin' } } }).expect(200)).body
        .revision,
    ).toBe(2);

    // An older tab still at revision 1 tries to overwrite.
    const stale = await save(draft.resumeCode, { revision: 1, answers: { [id]: { value: 1 } } }).expect(409);
    expect(stale.body.error.code).toBe('stale_revision');
    const now = await request(app).get(`/api/drafts/${draft.resumeCode}`).expect(200);
    expect(now.body).toMatchObject({ revision: 2, answers: { [id]: { value: 5, text: 'Uusin' } } });
  });

  it('accepts the same save again (a retry after a lost reply) without moving on', async () => {
    const draft = await start();
    const body = { revision: 0, answers: { [firstId()]: { value: 4 } } };
    const first = await save(draft.resumeCode, body).expect(200);
    const again = await save(draft.resumeCode, body).expect(200);
    expect(again.body.revision).toBe(first.body.revision);
  });

  it('resumes on a second client with the code, typed loosely', async () => {
    const draft = await start();
    const answers = { [firstId()]: { na: true, text: 'Ei koske meitä' } };
    await save(draft.resumeCode, { revision: 0, answers }).expect(200);
    const typed = draft.resumeCode.toLowerCase().replace('-', ' ');
    const res = await request(app)
      .get(`/api/drafts/${encodeURIComponent(typed)}`)
      .expect(200);
    expect(res.body).toMatchObject({
      id: draft.id,
      status: 'draft',
      revision: 1,
      answers,
      invitation: { organisation: { id: org.id } },
    });
    expect((await request(app).get('/api/drafts/AAAAA-AAAAA').expect(404)).body.error.code).toBe(
      'resume_code_not_found',
    );
  });

  it('validates a draft against the instrument but does not require completeness', async () => {
    const draft = await start();
    await save(draft.resumeCode, { revision: 0, answers: { [firstId()]: { value: 3 } } }).expect(200);
    const bad = await save(draft.resumeCode, { revision: 1, answers: { nope: { value: 3 } } }).expect(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid_answers', path: 'answers.nope' });
  });
});

describe('submitting a draft', () => {
  it('two simultaneous submits give exactly one submitted response', async () => {
    const draft = await start();
    const body = { revision: 0, answers: completeAnswers(instrument, 4) };
    const [a, b] = await Promise.all([submit(draft.resumeCode, body), submit(draft.resumeCode, body)]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect([a.body.duplicate, b.body.duplicate].sort()).toEqual([false, true]);
    const rows = await db('answers').where('response_id', draft.id).count({ n: '*' });
    expect(Number(rows[0]?.n)).toBe(Object.keys(body.answers).length);
    expect((await db('responses').where('id', draft.id).first()).status).toBe('submitted');
    // And a later save cannot reopen it.
    expect((await save(draft.resumeCode, { revision: 1, answers: {} }).expect(409)).body.error.code).toBe(
      'already_submitted',
    );
  });

  it('requires a complete response', async () => {
    const draft = await start();
    const res = await submit(draft.resumeCode, { revision: 0, answers: {} }).expect(400);
    expect(res.body.error.problems[0].code).toBe('answer_missing');
  });

  it('opens the summary and the reflections only after submitting', async () => {
    const draft = await start();
    expect((await request(app).get(`/api/drafts/${draft.resumeCode}/reflections`).expect(403)).body.error.code).toBe(
      'not_submitted',
    );
    const answers = completeAnswers(instrument, 3);
    answers[firstId()] = { value: 3, text: 'Meillä on yhteinen ohjaussuunnitelma' };
    await submit(draft.resumeCode, { revision: 0, answers }).expect(201);
    const colleague = await start();
    await submit(colleague.resumeCode, { revision: 0, answers: completeAnswers(instrument, 3) }).expect(201);
    // The colleague reads this respondent's comment; the respondent does not get their own back.
    const theirs = await request(app).get(`/api/drafts/${colleague.resumeCode}/reflections`).expect(200);
    expect(theirs.body.indicators).toContainEqual({
      indicatorId: firstId(),
      texts: expect.arrayContaining(['Meillä on yhteinen ohjaussuunnitelma']),
    });
    const mine = await request(app).get(`/api/drafts/${draft.resumeCode}/reflections`).expect(200);
    expect(JSON.stringify(mine.body)).not.toContain('Meillä on yhteinen ohjaussuunnitelma');
    const summary = await request(app).get(`/api/drafts/${draft.resumeCode}/summary`).expect(200);
    expect(summary.body).toMatchObject({ suppressed: false, organisation: { id: org.id } });
  });
});

describe('reflections and anonymity', () => {
  it('keeps the texts of an organisation below the minimum group size inside it', async () => {
    const big = await buildOrganisation(db);
    const small = await buildOrganisation(db);
    const r = await buildRound(db, { organisationIds: [big.id, small.id], minGroupSize: 2 });
    const bigLink = await buildInvitation(db, r.id, big.id);
    const smallLink = await buildInvitation(db, r.id, small.id);
    const codes: Record<string, string> = {};
    for (const [name, token, text] of [
      ['big1', bigLink, 'Ison ensimmäinen'],
      ['big2', bigLink, 'Ison toinen'],
      ['big3', bigLink, 'Ison kolmas'],
      ['small', smallLink, 'Pienen ainoa'],
    ] as const) {
      const draft = await start(token);
      const answers = completeAnswers(instrument, 4);
      answers[firstId()] = { value: 4, text };
      await submit(draft.resumeCode, { revision: 0, answers }).expect(201);
      codes[name] = draft.resumeCode;
    }
    const seenByBig = (await request(app).get(`/api/drafts/${codes.big1}/reflections`).expect(200)).body.indicators[0]
      .texts;
    // Two others of the reader's own organisation (the minimum): a lone colleague's text would be withheld.
    expect(seenByBig).toEqual(['Ison kolmas', 'Ison toinen']);
    const seenBySmall = (await request(app).get(`/api/drafts/${codes.small}/reflections`).expect(200)).body
      .indicators[0].texts;
    expect(seenBySmall).toEqual(['Ison ensimmäinen', 'Ison kolmas', 'Ison toinen']);
    const summary = (await request(app).get(`/api/drafts/${codes.small}/summary`).expect(200)).body;
    expectNothingOwnShown(summary);

    const csv = await admin.agent.get(`/api/rounds/${r.id}/reflections.csv`).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain('Ison toinen');
    expect(csv.text).not.toContain('Pienen ainoa');
  });

  it('neutralises spreadsheet formulas in the compiled export', async () => {
    const o = await buildOrganisation(db);
    const r = await buildRound(db, { organisationIds: [o.id], minGroupSize: 1 });
    const draft = await start(await buildInvitation(db, r.id, o.id));
    const answers = completeAnswers(instrument, 4);
    answers[firstId()] = { value: 4, text: '=HYPERLINK("http://evil.example")' };
    await submit(draft.resumeCode, { revision: 0, answers }).expect(201);
    const csv = await admin.agent.get(`/api/rounds/${r.id}/reflections.csv`).expect(200);
    expect(csv.text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  });
});

describe('working groups', () => {
  it('records the group name and size, and results count groups and people', async () => {
    const o = await buildOrganisation(db);
    const r = await buildRound(db, { organisationIds: [o.id], minGroupSize: 1 });
    const groupLink = await buildInvitation(db, r.id, o.id, 'group');
    const draft = await start(groupLink, { groupName: 'Opot' });
    const noSize = await submit(draft.resumeCode, { revision: 0, answers: completeAnswers(instrument) }).expect(400);
    expect(noSize.body.error.problems).toContainEqual(
      expect.objectContaining({ path: 'participants', code: 'participants_missing' }),
    );
    await submit(draft.resumeCode, { revision: 0, answers: completeAnswers(instrument), participants: 4 }).expect(201);
    const results = (await admin.agent.get(`/api/rounds/${r.id}/organisations/${o.id}/results`).expect(200)).body;
    expect(results).toMatchObject({ responses: 1, participants: 4 });

    const individual = await start();
    const wrong = await submit(individual.resumeCode, {
      revision: 0,
      answers: completeAnswers(instrument),
      groupName: 'X',
      participants: 2,
    }).expect(400);
    expect(wrong.body.error.problems[0].code).toBe('not_a_group_link');
  });
});

describe('an instrument of open questions only', () => {
  it('works through the whole journey: draft, submit, reflections and results', async () => {
    const o = await buildOrganisation(db);
    const r = await buildRound(db, { organisationIds: [o.id], minGroupSize: 1, instrumentId: 'regional-cooperation' });
    const token = await buildInvitation(db, r.id, o.id, 'group');
    const info = (await request(app).get(`/api/invitations/${token}`).expect(200)).body;
    expect(info.instrument.videoUrl).toMatch(/^https:/);
    const draft = await start(token, { groupName: 'Oppilashuoltoryhmä', participants: 6 });
    const answers = {
      'meaningful-in-video': { text: 'Yhteistyö yli kuntarajojen' },
      'give-and-gain': { text: 'Konsultaatiota' },
    };
    await save(draft.resumeCode, { revision: 0, answers }).expect(200);
    await submit(draft.resumeCode, { revision: 1, answers }).expect(201);
    const other = await start(token, { groupName: 'Johtoryhmä', participants: 4 });
    await submit(other.resumeCode, {
      revision: 0,
      answers: { 'effects-on-own-work': { text: 'Uusia rooleja' } },
    }).expect(201);
    const reflections = (await request(app).get(`/api/drafts/${other.resumeCode}/reflections`).expect(200)).body;
    expect(reflections.indicators).toEqual([
      { indicatorId: 'meaningful-in-video', texts: ['Yhteistyö yli kuntarajojen'] },
      { indicatorId: 'give-and-gain', texts: ['Konsultaatiota'] },
    ]);
    const results = (await admin.agent.get(`/api/rounds/${r.id}/organisations/${o.id}/results`).expect(200)).body;
    expect(results).toMatchObject({ responses: 2, participants: 10, suppressed: false });
    expect(results.areas[0].standards[0].indicators[0]).toMatchObject({ n: 0, mean: null });
  });
});
