/**
 * The others' texts by scope: a respondent reads the whole round's texts and,
 * apart, their own organisation's, only where the disclosure rule allows it.
 * The attacker at the end reads both views as every respondent and checks that
 * no view, nor the whole round minus the own organisation, pins down the texts
 * of fewer than the text minimum of people other than the reader.
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

const reflections = async (code: string): Promise<Reflections> =>
  (await request(app).get(`/api/drafts/${code}/reflections`).expect(200)).body;
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
