import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/knex';
import { buildOrganisation, buildRound, createTestDb } from '../test/db';
import { distributionTotals } from './queries';

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.destroy());

describe('the distribution totals of a round', () => {
  it('are kept under the results version and read again when it moves', async () => {
    const org = await buildOrganisation(db, { region_code: '11' });
    const round = await buildRound(db, { organisationIds: [org.id] });
    const add = (count: number) =>
      db('rollup_distribution').insert({
        round_id: round.id,
        organisation_id: org.id,
        indicator_id: 'i1',
        value: 3,
        count,
      });
    await add(2);
    const first = await distributionTotals(db, round.id, undefined, 1);
    expect(first.get('i1')?.get(3)).toBe(2);

    await db('rollup_distribution').where({ round_id: round.id }).update({ count: 5 });
    // The same version: the rollups have not changed as far as the caller knows.
    expect((await distributionTotals(db, round.id, undefined, 1)).get('i1')?.get(3)).toBe(2);
    // A new version (an applied batch raises it): read again; the region's totals too.
    expect((await distributionTotals(db, round.id, undefined, 2)).get('i1')?.get(3)).toBe(5);
    expect((await distributionTotals(db, round.id, '11', 2)).get('i1')?.get(3)).toBe(5);
    expect((await distributionTotals(db, round.id, '01', 2)).size).toBe(0);
    // Without a version nothing is kept.
    await db('rollup_distribution').where({ round_id: round.id }).update({ count: 7 });
    expect((await distributionTotals(db, round.id)).get('i1')?.get(3)).toBe(7);
  });
});
