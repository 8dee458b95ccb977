import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildRound, createTestDb } from '../test/db';
import { type Db, isPostgres, isUniqueViolation, nowIso } from './knex';
import { SqliteWorkerWriter } from './sqlite-writer';
import { type BatchWriter, KnexBatchWriter } from './write-ops';
import { WriteQueue } from './write-queue';

let db: Db;
let round: { id: string };
let organisationId: string;
const writers: BatchWriter[] = [];
beforeAll(async () => {
  db = await createTestDb();
  organisationId = (await buildOrganisation(db)).id;
  round = await buildRound(db, { organisationIds: [organisationId] });
});
afterAll(async () => {
  for (const w of writers) await w.close?.();
  await db.destroy();
});

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

/** Every batch writer this engine has: knex always, and on a SQLite file the writer thread. */
const kinds: [string, () => BatchWriter][] = [
  ['knex', () => new KnexBatchWriter(db)],
  [
    'the SQLite writer thread',
    () => new SqliteWorkerWriter((db.client.config.connection as { filename: string }).filename),
  ],
];

describe.each(kinds)('group commit through %s', (kind, make) => {
  const queue = () => {
    const writer = make();
    writers.push(writer);
    return new WriteQueue(db, writer);
  };
  const skip = () => kind !== 'knex' && isPostgres(db);

  it('writes concurrent inserts together, answering each after its commit', async ({ skip: skipTest }) => {
    if (skip()) skipTest();
    const q = queue();
    const rows = Array.from({ length: 40 }, () => draft());
    await Promise.all(rows.map((r) => q.insert([['responses', [r]]])));
    const stored = await db('responses')
      .whereIn(
        'id',
        rows.map((r) => r.id),
      )
      .pluck('id');
    expect(stored).toHaveLength(40);
    // Requests of one turn of the event loop share one transaction.
    expect(q.stats).toMatchObject({ batches: 1, writes: 40 });
  });

  it('fails only the write that fails, with the database error code', async ({ skip: skipTest }) => {
    if (skip()) skipTest();
    const q = queue();
    const taken = draft();
    await db('responses').insert(taken);
    const good = [draft(), draft(), draft()];
    const results = await Promise.allSettled([
      q.insert([['responses', [good[0]!]]]),
      q.insert([['responses', [{ ...taken, updated_at: nowIso() }]]]),
      q.insert([['responses', [good[1]!]]]),
      q.write([
        { insert: 'responses', rows: [good[2]!] },
        { update: 'responses', where: { id: good[2]!.id }, set: { revision: 3 } },
      ]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect(isUniqueViolation((results[1] as PromiseRejectedResult).reason)).toBe(true);
    expect(results[3]).toEqual({ status: 'fulfilled', value: 1 });
    expect(
      await db('responses')
        .whereIn(
          'id',
          good.map((r) => r.id),
        )
        .pluck('id'),
    ).toHaveLength(3);
    expect((await db('responses').where('id', good[2]!.id).first()).revision).toBe(3);
  });

  it("rolls back a failing write's own steps without failing the batch", async ({ skip: skipTest }) => {
    if (skip()) skipTest();
    const q = queue();
    const a = draft();
    const b = draft();
    const results = await Promise.allSettled([
      q.insert([['responses', [a]]]),
      // Its insert goes, then a delete finds another count than expected: the write fails whole.
      q.write([
        { insert: 'responses', rows: [b] },
        { delete: 'responses', where: { id: randomUUID() }, expect: 1 },
      ]),
      q.write([{ update: 'responses', where: { id: a.id }, set: { revision: 1 } }]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toMatchObject({ code: 'write_conflict' });
    expect(results[2]).toEqual({ status: 'fulfilled', value: 1 });
    expect(await db('responses').where('id', b.id).first()).toBeUndefined();
    expect((await db('responses').where('id', a.id).first()).revision).toBe(1);
    expect(q.stats).toMatchObject({ batches: 1 });
  });

  it('skips the steps after a guard that changed nothing; upserts add to what is there', async ({ skip: skipTest }) => {
    if (skip()) skipTest();
    const q = queue();
    const a = draft();
    await db('responses').insert(a);
    const moved = (revision: number) =>
      q.write([
        { update: 'responses', where: { id: a.id, revision }, set: { revision: revision + 1 }, guard: true },
        { update: 'responses', where: { id: a.id }, add: { revision: 10 } },
      ]);
    // Both in one batch: the first moves the response on, the second finds revision 0 gone.
    expect(await Promise.all([moved(0), moved(0)])).toEqual([1, 0]);
    expect((await db('responses').where('id', a.id).first()).revision).toBe(11);

    const key = `test:${randomUUID()}`;
    const hit = () =>
      q.write([
        { insert: 'rate_limits', rows: [{ key, hits: 2, reset_at: nowIso() }], merge: { key: ['key'], add: ['hits'] } },
      ]);
    await Promise.all([hit(), hit()]);
    await hit();
    expect(Number((await db('rate_limits').where('key', key).first()).hits)).toBe(6);
  });
});
