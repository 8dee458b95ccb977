/**
 * The attacker over HTTP: random regions, organisations, responses and "not
 * applicable" patterns are answered through the real API; then every kind of
 * viewer (administrator, coordinators, quality managers of one or two
 * organisations, respondents through their resume codes) collects every
 * figure they can get, and the attacker solves for every group below the
 * minimum. It must find nothing; the same attacker finds the naive rule out.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { fixtureInstrument } from '../instrument/fixture.test-helper';
import { Instrument } from '../instrument/schema';
import { publishInstrument } from '../instruments/store';
import { readerAs } from '../test/auth';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import {
  leaksFor,
  naiveVisible,
  TREE,
  type Viewer,
  type Visible,
  viewersOf,
  type World,
  worldArb,
} from '../test/disclosure-world';
import { buildInvitation } from '../test/invitations';
import { COUNTRY, organisationKey, regionKey } from './disclosure';
import type { CountryResults, Figure, OrganisationResults, RegionResults } from './types';

const REGION_CODES = ['01', '02', '04'];
const INSTRUMENT_ID = 'attacker-fixture';

let db: Db;
let app: ReturnType<typeof createTestApp>;

beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  const doc = fixtureInstrument();
  const t = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });
  await publishInstrument(
    db,
    Instrument.parse({
      ...doc,
      id: INSTRUMENT_ID,
      areas: TREE.areas.map((a) => ({
        id: a.id,
        title: t(`Alue ${a.id}`),
        standards: a.standards.map((s) => ({
          id: s.id,
          statement: t(`Standardi ${s.id}`),
          indicators: s.indicators.map((i) => ({ id: i, question: t(`Kysymys ${i}?`) })),
        })),
      })),
    }),
  );
});
afterAll(() => db.destroy());

type Built = {
  roundId: string;
  /** World organisation id → database id, and back. */
  orgId: Map<string, string>;
  worldOrg: Map<string, string>;
  worldRegion: Map<string, string>;
  regionCode: Map<string, string>;
  /** The resume code of each organisation's first response (its respondent viewer). */
  resumeCode: Map<string, string>;
};

const randomScore = () => 1 + Math.floor(Math.random() * 5);

/** Answers the world through the API: the first response of each organisation as a draft with a resume code. */
async function build(world: World, groups: boolean, shareGroupAnswers = false): Promise<Built> {
  const regions = [...new Set(world.organisations.map((o) => o.region))];
  const code = new Map(regions.map((r, i) => [r, REGION_CODES[i]!]));
  const orgId = new Map<string, string>();
  for (const o of world.organisations)
    orgId.set(o.id, (await buildOrganisation(db, { region_code: code.get(o.region)!, name: `Org ${o.id}` })).id);
  const { id: roundId } = await buildRound(db, {
    instrumentId: INSTRUMENT_ID,
    version: '1.0.0',
    organisationIds: [...orgId.values()],
    minGroupSize: world.minimum,
    shareGroupAnswers,
  });
  const resumeCode = new Map<string, string>();
  for (const o of world.organisations) {
    const token = await buildInvitation(db, roundId, orgId.get(o.id)!, groups ? 'group' : 'individual');
    for (const [k, r] of o.responses.entries()) {
      const answers = Object.fromEntries(
        TREE.areas
          .flatMap((a) => a.standards.flatMap((s) => s.indicators))
          .map((i) => [i, r.scored.has(i) ? { value: randomScore() } : { na: true }]),
      );
      const group = groups ? { groupName: `Ryhmä ${o.id}-${k}`, participants: r.weight } : {};
      if (k === 0) {
        const draft = await request(app)
          .post(`/api/invitations/${token}/drafts`)
          .send({ id: randomUUID(), language: 'fi', ...group })
          .expect(201);
        await request(app)
          .post(`/api/drafts/${draft.body.resumeCode}/submit`)
          .send({ revision: draft.body.revision, answers, ...group })
          .expect(201);
        resumeCode.set(o.id, draft.body.resumeCode);
      } else {
        await request(app)
          .post(`/api/invitations/${token}/responses`)
          .send({ id: randomUUID(), language: 'fi', answers, ...group })
          .expect(201);
      }
    }
  }
  return {
    roundId,
    orgId,
    worldOrg: new Map([...orgId].map(([w, d]) => [d, w])),
    worldRegion: new Map([...code].map(([w, c]) => [c, w])),
    regionCode: code,
    resumeCode,
  };
}

/** Collects the figures a viewer gets: those with a mean and those with an n. */
class Collected {
  readonly withMean: Visible[] = [];
  readonly withN: Visible[] = [];
  add(group: string, element: string, f: Figure) {
    if (f.hidden) {
      // A withheld figure gives nothing away, not even its n.
      expect(f).toMatchObject({ n: null, mean: null, index: null, band: null });
      return;
    }
    if (f.n !== null) this.withN.push({ group, element });
    if (f.mean !== null) this.withMean.push({ group, element });
  }
  report(r: OrganisationResults, b: Built) {
    const own = organisationKey(b.worldOrg.get(r.organisation.id)!);
    const region = regionKey(b.worldRegion.get(r.organisation.regionCode)!);
    for (const a of r.areas)
      for (const e of [a, ...a.standards, ...a.standards.flatMap((s) => s.indicators)]) {
        this.add(own, e.id, e);
        this.add(region, e.id, e.region);
        this.add(COUNTRY, e.id, e.country);
      }
  }
  row(group: string, row: { areas: Record<string, Figure>; standards: Record<string, Figure> }) {
    for (const [id, f] of [...Object.entries(row.areas), ...Object.entries(row.standards)]) this.add(group, id, f);
  }
}

/** Everything one viewer can read over HTTP. */
async function collect(world: World, viewer: Viewer, b: Built): Promise<Collected> {
  const seen = new Collected();
  const regionCodes = [...b.worldRegion.keys()];
  const orgsOf = (codes: string[]) => world.organisations.filter((o) => codes.includes(b.regionCode.get(o.region)!));
  if (viewer.kind === 'respondent') {
    const res = await request(app)
      .get(`/api/drafts/${b.resumeCode.get(viewer.organisation)}/summary`)
      .expect(200);
    seen.report(res.body, b);
    return seen;
  }
  const get =
    viewer.kind === 'admin'
      ? await readerAs(app, db, 'admin')
      : viewer.kind === 'coordinator'
        ? await readerAs(app, db, 'coordinator', { regionCode: b.regionCode.get(viewer.region)! })
        : await readerAs(app, db, 'manager', { organisationIds: viewer.organisations.map((o) => b.orgId.get(o)!) });
  const codes =
    viewer.kind === 'admin' ? regionCodes : viewer.kind === 'coordinator' ? [b.regionCode.get(viewer.region)!] : [];
  const orgs = viewer.kind === 'manager' ? viewer.organisations : orgsOf(codes).map((o) => o.id);
  for (const o of orgs) {
    const res = await get(`/api/rounds/${b.roundId}/organisations/${b.orgId.get(o)}/results`).expect(200);
    seen.report(res.body, b);
  }
  for (const c of codes) {
    const region: RegionResults = (await get(`/api/rounds/${b.roundId}/regions/${c}/results`).expect(200)).body;
    seen.row(regionKey(b.worldRegion.get(c)!), region.total);
    for (const o of region.organisations) seen.row(organisationKey(b.worldOrg.get(o.organisation.id)!), o);
  }
  if (viewer.kind === 'admin') {
    const country: CountryResults = (await get(`/api/rounds/${b.roundId}/results`).expect(200)).body;
    seen.row(COUNTRY, country.total);
    for (const r of country.regions) seen.row(regionKey(b.worldRegion.get(r.region.code)!), r);
  }
  return seen;
}

/** Fewer viewers than the pure test (each one is a round of HTTP requests): every kind, and pairs of managers. */
const someViewers = (world: World) =>
  viewersOf(world).filter((v) => v.kind !== 'manager' || v.organisations.length === 1 || Math.random() < 0.3);

async function attack(world: World, groups: boolean, shareGroupAnswers = false) {
  const b = await build(world, groups, shareGroupAnswers);
  const found: string[] = [];
  let naiveFound = 0;
  for (const viewer of someViewers(world)) {
    const seen = await collect(world, viewer, b);
    found.push(...leaksFor(world, viewer, seen.withMean, seen.withN));
    naiveFound += leaksFor(world, viewer, naiveVisible(world, viewer)).length;
  }
  return { found, naiveFound };
}

describe('the attacker over HTTP', () => {
  it('solves for no group below the minimum, whoever looks (individual answers)', async () => {
    let naiveFound = 0;
    await fc.assert(
      fc.asyncProperty(worldArb(), async (world) => {
        const result = await attack(world, false);
        naiveFound += result.naiveFound;
        expect(result.found).toEqual([]);
      }),
      { numRuns: 12 },
    );
    // The same attacker, given what a naive rule (each figure on its own) would show, finds small groups.
    expect(naiveFound).toBeGreaterThan(0);
  }, 300_000);

  it('solves for no group below the minimum in working-group rounds (participants count), sharing or not', async () => {
    // Sharing shows each participating group the others' answers by name, as promised at the start; the
    // figures (staff reports, the respondents' summaries) follow the same rule either way.
    await fc.assert(
      fc.asyncProperty(worldArb({ groups: true }), fc.boolean(), async (world, share) => {
        expect((await attack(world, true, share)).found).toEqual([]);
      }),
      { numRuns: 8 },
    );
  }, 300_000);
});
