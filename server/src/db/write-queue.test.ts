import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildRound, createTestDb } from '../test/db';
import { type Db, nowIso } from './knex';
import { WriteQueue } from './write-queue';

let db: Db;
let round: { id: string };
let organisationId: string;
beforeAll(async () => {
  db = await createTestDb();
  organisationId = (await buildOrganisation(db)).id;
  round = await buildRound(db, { organisationIds: [organisationId] });
});
afterAll(() => db.destroy());

const draft = (id = randomUUID()) => ({
  id,
  round_id: round.id,
  organisation_id: organisationId,
  status: 'draft',
  language: 'fi',
  revision: 0,
  created_at: nowIso(),
  updated_at: nowIso(),
});

describe('group commit', () => {
  it('writes concurrent inserts together, answering each after its commit', async () => {
    const queue = new WriteQueue(db);
    const rows = Array.from({ length: 40 }, () => draft());
    await Promise.all(rows.map((r) => queue.insert([['responses', [r]]])));
    expect(
      await db('responses')
        .whereIn(
          'id',
          rows.map((r) => r.id),
        )
        .count({ n: '*' }),
    ).toEqual([{ n: expect.toSatisfy((n) => Number(n) === 40) }]);
    // Requests of one turn of the event loop share one transaction.
    expect(queue.stats).toMatchObject({ batches: 1, writes: 40, fallbacks: 0 });
  });

  it('fails only the write that fails: the batch is retried one by one', async () => {
    const queue = new WriteQueue(db);
    const taken = draft();
    await db('responses').insert(taken);
    const good = [draft(), draft(), draft()];
    const results = await Promise.allSettled([
      queue.insert([['responses', [good[0]!]]]),
      queue.insert([['responses', [{ ...taken, updated_at: nowIso() }]]]),
      queue.insert([['responses', [good[1]!]]]),
      queue.run((trx) => trx('responses').insert(good[2]!)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(
      await db('responses')
        .whereIn(
          'id',
          good.map((r) => r.id),
        )
        .pluck('id'),
    ).toHaveLength(3);
    expect(queue.stats.fallbacks).toBe(1);
  });

  it("keeps a run's own error its own, in a savepoint, without failing the batch", async () => {
    const queue = new WriteQueue(db);
    const a = draft();
    const b = draft();
    const results = await Promise.allSettled([
      queue.insert([['responses', [a]]]),
      queue.run(async (trx) => {
        await trx('responses').insert(b);
        throw new Error('a conflict found by the write itself');
      }),
      queue.run((trx) => trx('responses').where('id', a.id).update({ revision: 1 })),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[2]).toEqual({ status: 'fulfilled', value: 1 });
    // The failed run's insert is rolled back with its savepoint; the others are committed.
    expect(await db('responses').where('id', b.id).first()).toBeUndefined();
    expect((await db('responses').where('id', a.id).first()).revision).toBe(1);
    expect(queue.stats).toMatchObject({ batches: 1, fallbacks: 0 });
  });
});
