/**
 * Texts follow the strictest rule: evidence texts and open answers of an
 * organisation with fewer people than the round's text minimum are shown to
 * nobody, its own respondents included; a working-group round that promised
 * it at its start shares group answers by group name. A respondent reads the
 * whole round's texts and, apart, their own organisation's, only where the
 * disclosure rule allows it: the attacker at the end reads both views as every
 * respondent and checks that no view, nor the whole round minus the own
 * organisation, pins down the texts of fewer than the text minimum of others.
 */
import fc from 'fast-check';
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

const texts = (indicators: Reflections['indicators']) => indicators.flatMap((i) => i.texts).sort();

/** A round of organisations with the given numbers of respondents, each writing a text of their own. */
async function world(sizes: number[], minimum: number) {
  const organisations = await Promise.all(sizes.map(() => buildOrganisation(db)));
  const round = await buildRound(db, { organisationIds: organisations.map((o) => o.id), minGroupSize: minimum });
  const people: { code: string; organisation: number; text: string }[] = [];
  for (const [o, size] of sizes.entries()) {
    const token = await buildInvitation(db, round.id, organisations[o]!.id);
    for (let r = 0; r < size; r++) {
      const text = `${round.id.slice(0, 8)} org${o} person${r}`;
      const code = await respondThroughLink(app, instrument, token, { indicator, text });
      people.push({ code, organisation: o, text });
    }
  }
  return { roundId: round.id, people };
}

describe('the own organisation’s texts', () => {
  it('are shown apart once the others in it reach the minimum, and the whole round keeps every organisation that does', async () => {
    // A: 4 people, B: 3, C: 2; minimum 3.
    const { people } = await world([4, 3, 2], 3);
    const inA = people.find((p) => p.organisation === 0)!;
    const r = await reflections(inA.code);
    const ofOrg = (o: number) => people.filter((p) => p.organisation === o && p !== inA).map((p) => p.text);
    expect(r.withheld).toBeNull();
    expect(r.organisation).toMatchObject({ withheld: null });
    expect(texts(r.organisation!.indicators)).toEqual(ofOrg(0).sort());
    expect(texts(r.indicators)).toEqual([...ofOrg(0), ...ofOrg(1)].sort());
  });

  it('are withheld when the others in it, without the reader, are too few, and say why', async () => {
    const { people } = await world([4, 3, 2], 3);
    const inB = people.find((p) => p.organisation === 1)!;
    const inC = people.find((p) => p.organisation === 2)!;
    const b = await reflections(inB.code);
    expect(b.organisation).toEqual({ withheld: 'complementary', indicators: [] });
    // B's two others stay in the whole round, pooled with A's four.
    expect(texts(b.indicators)).toHaveLength(6);
    const c = await reflections(inC.code);
    expect(c.organisation).toEqual({ withheld: 'small', indicators: [] });
    expect(texts(c.indicators).some((t) => t.includes('org2'))).toBe(false);
  });

  it('is not a view staff get: their reflections carry no organisation scope', async () => {
    const { people } = await world([3], 3);
    expect((await reflections(people[0]!.code)).organisation).not.toBeNull();
    const admin = await (await import('../test/auth')).readerAs(app, db, 'admin');
    const roundId = (await db('responses').first('round_id').orderBy('submitted_at', 'desc')).round_id;
    const staff: Reflections = (await admin(`/api/rounds/${roundId}/reflections`).expect(200)).body;
    expect(staff).toMatchObject({ organisation: null, withheld: null });
  });
});

describe('an attacker with both views', () => {
  it('never isolates the texts of fewer than the minimum of others, in either view or their difference', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 4 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 3 }),
        async (minimum, sizes) => {
          const { people } = await world(sizes, minimum);
          for (const reader of people) {
            const r = await reflections(reader.code);
            const round = texts(r.indicators);
            const own = texts(r.organisation!.indicators);
            const rest = round.filter((t) => !own.includes(t));
            for (const view of [round, own, rest]) {
              expect(view).not.toContain(reader.text);
              // Every person wrote one text of their own, so a view's texts count the people behind it.
              const behind = new Set(view).size;
              if (behind > 0) expect(behind).toBeGreaterThanOrEqual(minimum);
            }
          }
        },
      ),
      { numRuns: 6 },
    );
  }, 120_000);
});
