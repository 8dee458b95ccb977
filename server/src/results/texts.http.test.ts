/**
 * Texts follow the strictest rule: evidence texts and open answers of an
 * organisation with fewer people than the round's text minimum are shown to
 * nobody, its own respondents included; a working-group round that promised
 * it at its start shares group answers by group name.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { flattenIndicators, type Instrument } from '../instrument/schema';
import type { Reflections } from '../responses/types';
import { readerAs } from '../test/auth';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import { buildInvitation, respondThroughLink } from '../test/invitations';
import type { OrganisationResults } from './types';

let db: Db;
let app: ReturnType<typeof createTestApp>;
let instrument: Instrument;
let indicator: string;

beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  const round = await buildRound(db);
  const admin = await readerAs(app, db, 'admin');
  instrument = (await admin(`/api/rounds/${round.id}`).expect(200)).body.instrument;
  indicator = flattenIndicators(instrument)[0]!.indicator.id;
});
afterAll(() => db.destroy());

/** A respondent through the organisation's link: a draft, then submitted; returns the resume code. */
const respond = (token: string, text: string | null, group?: { groupName: string; participants: number }) =>
  respondThroughLink(app, instrument, token, text === null ? null : { indicator, text }, group);

const reflections = async (code: string): Promise<Reflections> =>
  (await request(app).get(`/api/drafts/${code}/reflections`).expect(200)).body;
const allTexts = (r: Reflections) => r.indicators.flatMap((i) => i.texts);

describe('texts of a small organisation', () => {
  it('reach nobody, not even a throwaway response through the organisation’s own link', async () => {
    const org = await buildOrganisation(db);
    const other = await buildOrganisation(db);
    const round = await buildRound(db, { organisationIds: [org.id, other.id], minGroupSize: 3 });
    const token = await buildInvitation(db, round.id, org.id);
    const otherToken = await buildInvitation(db, round.id, other.id);
    await respond(token, 'Ainoan vastaajan perustelu');
    const throwaway = await respond(token, null);
    expect(allTexts(await reflections(throwaway))).not.toContain('Ainoan vastaajan perustelu');
    // Nor the other organisation's respondents, nor staff.
    const outsider = await respond(otherToken, null);
    expect(allTexts(await reflections(outsider))).not.toContain('Ainoan vastaajan perustelu');
    const admin = await readerAs(app, db, 'admin');
    const report: OrganisationResults = (
      await admin(`/api/rounds/${round.id}/organisations/${org.id}/results`).expect(200)
    ).body;
    expect(report).toMatchObject({ suppressed: true, textsShown: false });
    expect(report.areas.flatMap((a) => a.standards.flatMap((s) => s.indicators.flatMap((i) => i.texts)))).toEqual([]);
    const staff: Reflections = (await admin(`/api/rounds/${round.id}/reflections`).expect(200)).body;
    expect(allTexts(staff)).not.toContain('Ainoan vastaajan perustelu');
    const csv = await admin(`/api/rounds/${round.id}/answers.csv`).expect(200);
    expect(csv.text).not.toContain('Ainoan vastaajan perustelu');
  });
});

describe('a round with a higher minimum for texts than for figures', () => {
  it('shows the figures first and the texts only once the text minimum is met', async () => {
    const org = await buildOrganisation(db);
    const round = await buildRound(db, { organisationIds: [org.id], minGroupSize: 2, minTextGroupSize: 4 });
    const token = await buildInvitation(db, round.id, org.id);
    await respond(token, 'Ensimmäinen perustelu');
    await respond(token, 'Toinen perustelu');
    const third = await respond(token, null);
    const manager = await readerAs(app, db, 'manager', { organisationIds: [org.id] });
    const path = `/api/rounds/${round.id}/organisations/${org.id}/results`;
    const before: OrganisationResults = (await manager(path).expect(200)).body;
    expect(before).toMatchObject({ suppressed: false, textsShown: false, minGroupSize: 2, minTextGroupSize: 4 });
    expect(before.areas[0]).toMatchObject({ hidden: false, n: 3 });
    expect(before.areas[0]!.standards[0]!.indicators[0]!.texts).toEqual([]);
    expect(allTexts(await reflections(third))).toEqual([]);

    const fourth = await respond(token, null);
    const after: OrganisationResults = (await manager(path).expect(200)).body;
    expect(after.textsShown).toBe(true);
    expect(after.areas[0]!.standards[0]!.indicators[0]!.texts).toEqual(['Ensimmäinen perustelu', 'Toinen perustelu']);
    // The fourth respondent knows their own answer: the others are three, fewer than the text minimum.
    expect(await reflections(fourth)).toMatchObject({ withheld: 'complementary', indicators: [] });
    const fifth = await respond(token, null);
    expect(allTexts(await reflections(fifth))).toEqual(['Ensimmäinen perustelu', 'Toinen perustelu']);
  });
});

describe('the respondent’s summary', () => {
  it('carries the organisation’s figures but no texts and no trend', async () => {
    const org = await buildOrganisation(db);
    const round = await buildRound(db, { organisationIds: [org.id], minGroupSize: 2 });
    const token = await buildInvitation(db, round.id, org.id);
    await respond(token, 'Perustelu yksi');
    await respond(token, 'Perustelu kaksi');
    const code = await respond(token, 'Perustelu kolme');
    const summary: OrganisationResults = (await request(app).get(`/api/drafts/${code}/summary`).expect(200)).body;
    expect(summary).toMatchObject({ suppressed: false, textsShown: false, trend: [] });
    expect(summary.areas[0]).toMatchObject({ hidden: false, n: 3 });
    expect(JSON.stringify(summary)).not.toContain('Perustelu');
  });

  it('withholds the organisation’s figures when the others, without the reader, are fewer than the minimum', async () => {
    const org = await buildOrganisation(db);
    const round = await buildRound(db, { organisationIds: [org.id], minGroupSize: 3 });
    const token = await buildInvitation(db, round.id, org.id);
    await respond(token, null);
    await respond(token, null);
    const code = await respond(token, null);
    const summary: OrganisationResults = (await request(app).get(`/api/drafts/${code}/summary`).expect(200)).body;
    // Three responses meet the minimum, but the reader knows their own answer: the other two would be exposed.
    expect(summary.suppressed).toBe(false);
    expect(summary.areas[0]).toMatchObject({ hidden: true, n: null, reason: 'complementary' });
  });
});

describe('a working-group round', () => {
  const groupRound = async (shareGroupAnswers: boolean) => {
    const org = await buildOrganisation(db, { name: 'Jakava opisto' });
    const round = await buildRound(db, { organisationIds: [org.id], minGroupSize: 5, shareGroupAnswers });
    const token = await buildInvitation(db, round.id, org.id, 'group');
    const first = await respond(token, 'Ryhmän A ajatus', { groupName: 'Ryhmä A', participants: 4 });
    const second = await respond(token, 'Ryhmän B ajatus', { groupName: 'Ryhmä B', participants: 2 });
    return { round, org, first, second };
  };

  it('counts participants toward the minimum: two groups of six people meet a minimum of five', async () => {
    const { round, org } = await groupRound(false);
    const manager = await readerAs(app, db, 'manager', { organisationIds: [org.id] });
    const report: OrganisationResults = (
      await manager(`/api/rounds/${round.id}/organisations/${org.id}/results`).expect(200)
    ).body;
    expect(report).toMatchObject({ suppressed: false, responses: 2, participants: 6, textsShown: true });
    expect(report.areas[0]).toMatchObject({ hidden: false, n: 2 });
  });

  it('shares the other groups’ answers by name only when the round promised so at its start', async () => {
    const shared = await groupRound(true);
    const r = await reflections(shared.first);
    expect(r.shared).toHaveLength(1);
    expect(r.shared![0]).toMatchObject({ group: 'Ryhmä B', organisation: 'Jakava opisto' });
    expect(r.shared![0]!.answers.find((a) => a.indicatorId === indicator)).toMatchObject({
      value: 3,
      text: 'Ryhmän B ajatus',
    });
    const notShared = await groupRound(false);
    expect((await reflections(notShared.first)).shared).toBeNull();
  });
});
