import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import type { Instrument } from '../instrument/schema';
import { type Client, signInAs } from '../test/auth';
import { buildOrganisation, buildRound, createTestApp, createTestDb } from '../test/db';
import { eloVersion110 } from '../test/elo-next';
import { buildInvitation, completeAnswers } from '../test/invitations';
import type { OrganisationResults } from './types';

let db: Db;
let app: ReturnType<typeof createTestApp>;
let admin: Client;
let org: { id: string };
const next = eloVersion110();

async function submitAll(
  roundId: string,
  instrument: Instrument,
  scores: number[],
  overrides: (s: number) => Record<string, { value: number }>,
) {
  const token = await buildInvitation(db, roundId, org.id);
  for (const s of scores) {
    await request(app)
      .post(`/api/invitations/${token}/responses`)
      .send({ id: randomUUID(), language: 'fi', answers: { ...completeAnswers(instrument, 3), ...overrides(s) } })
      .expect(201);
  }
}

const report = async (roundId: string): Promise<OrganisationResults> =>
  (await admin.agent.get(`/api/rounds/${roundId}/organisations/${org.id}/results`).expect(200)).body;

beforeAll(async () => {
  db = await createTestDb();
  app = createTestApp(db);
  admin = await signInAs(app, db, 'admin');
  org = await buildOrganisation(db);
});
afterAll(() => db.destroy());

describe('a new instrument version: 1.0.0 results stay, 1.1.0 works, the trend joins them', () => {
  it('publishes 1.1.0 (rename, split, removal) and carries the trend across through the mapping', async () => {
    const old = await buildRound(db, {
      organisationIds: [org.id],
      opensAt: new Date(Date.now() - 400 * 86400000),
      closesAt: new Date(Date.now() + 86400000),
    });
    const oldInstrument: Instrument = (await admin.agent.get(`/api/rounds/${old.id}`).expect(200)).body.instrument;
    // 1.0.0 round: renamed-from scored 2, split-from 4, removed 5.
    await submitAll(old.id, oldInstrument, [1, 2], () => ({
      [next.renamedFrom]: { value: 2 },
      [next.splitFrom]: { value: 4 },
      [next.removed]: { value: 5 },
    }));
    const before = await report(old.id);

    await admin.agent.post('/api/instruments').set('X-CSRF-Token', admin.csrf).send(next.doc).expect(201);
    await admin.agent
      .post('/api/instruments/elo-quality/versions/1.1.0/publish')
      .set('X-CSRF-Token', admin.csrf)
      .expect(200);

    // The 1.0.0 round's results are exactly as they were.
    const unchanged = await report(old.id);
    expect(unchanged.areas).toEqual(before.areas);
    expect(unchanged.round.instrumentVersion).toBe('1.0.0');

    // A 1.1.0 round works end to end.
    const current = await buildRound(db, { organisationIds: [org.id], version: '1.1.0' });
    const newInstrument: Instrument = (await admin.agent.get(`/api/rounds/${current.id}`).expect(200)).body.instrument;
    expect(newInstrument.version).toBe('1.1.0');
    await submitAll(current.id, newInstrument, [1, 2], () => ({
      [next.renamedTo]: { value: 5 },
      [next.splitTo[0]!]: { value: 1 },
      [next.splitTo[1]!]: { value: 3 },
    }));
    const now = await report(current.id);
    expect(now.round.instrumentVersion).toBe('1.1.0');
    const firstStandard = now.areas[0]!.standards[0]!;
    expect(firstStandard.indicators.map((i) => i.id)).toEqual(
      expect.arrayContaining([next.renamedTo, ...next.splitTo]),
    );

    // The trend: the old round first, keyed by the new ids.
    expect(now.trend.map((t) => t.instrumentVersion)).toEqual(['1.0.0', '1.1.0']);
    const [then, latest] = now.trend;
    expect(then!.indicators[next.renamedTo]).toMatchObject({ mean: 2, n: 2 });
    expect(then!.indicators[next.splitTo[0]!]).toMatchObject({ mean: 4, n: 2 });
    expect(then!.indicators[next.splitTo[1]!]).toMatchObject({ mean: 4, n: 2 });
    expect(then!.indicators).not.toHaveProperty(next.removed);
    expect(latest!.indicators[next.renamedTo]).toMatchObject({ mean: 5 });
    expect(then!.standards[firstStandard.id]).toMatchObject({ n: 2 });
  });
});
