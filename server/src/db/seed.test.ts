import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS, DEMO_RESPONSES_PER_ORGANISATION, DEMO_ROUND_ID, DEMO_USERS } from '../../../seeds/demo';
import { REGIONS } from '../../../seeds/regions';
import { organisationResults } from '../results/service';
import { expectNothingOwnShown } from '../test/assert';
import { createTestDb } from '../test/db';
import type { Db } from './knex';
import { seedDemo, seedRegions } from './seed';

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.destroy());

describe('seeding', () => {
  it('has the 19 regions with their official codes', async () => {
    await seedRegions(db);
    const rows = await db('regions').orderBy('code');
    expect(rows).toHaveLength(19);
    expect(rows.map((r) => r.code)).toEqual(REGIONS.map((r) => r.code));
    expect(rows.find((r) => r.code === '11')).toMatchObject({ name_fi: 'Pohjois-Savo', name_sv: 'Norra Savolax' });
  });

  it('seeds the demo once: a second run adds nothing', async () => {
    const first = await seedDemo(db);
    const total = DEMO_RESPONSES_PER_ORGANISATION.reduce((a, b) => a + b, 0);
    expect(first).toEqual({ seeded: true, responses: total });
    expect(await seedDemo(db)).toEqual({ seeded: false, responses: 0 });
    const [row] = await db('responses').where('round_id', DEMO_ROUND_ID).count({ n: '*' });
    expect(Number(row?.n)).toBe(total);
  });

  it('gives charts something to show, and hides an organisation below the minimum', async () => {
    const shown = await organisationResults(db, DEMO_ROUND_ID, DEMO_ORGANISATIONS[0]!.id, {
      kind: 'staff',
      user: { id: 'test', role: 'admin', regionCode: null, organisationIds: [] },
    });
    expect(shown.suppressed).toBe(false);
    expect(shown.areas.every((a) => a.mean !== null && a.n === shown.responses)).toBe(true);
    const hidden = await organisationResults(db, DEMO_ROUND_ID, DEMO_ORGANISATIONS[6]!.id, {
      kind: 'staff',
      user: { id: 'test', role: 'admin', regionCode: null, organisationIds: [] },
    });
    expect(hidden).toMatchObject({ suppressed: true, suppressedReason: 'small', responses: 3 });
    expectNothingOwnShown(hidden);
  });
});

describe('demo accounts', () => {
  it('has one account per role, with the manager scoped to a demo organisation', async () => {
    const users = await db('users')
      .whereIn(
        'id',
        DEMO_USERS.map((u) => u.id),
      )
      .orderBy('email');
    expect(users.map((u) => u.role).sort()).toEqual(['admin', 'coordinator', 'manager']);
    expect(users.every((u) => u.email.endsWith('@laatupeili.example'))).toBe(true);
    const links = await db('user_organisations').where('user_id', DEMO_USERS[2].id).pluck('organisation_id');
    expect(links).toEqual([DEMO_ORGANISATIONS[0]!.id]);
  });
});
