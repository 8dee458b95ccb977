import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildRound, createTestDb } from '../test/db';
import { type Db, isPostgres, nowIso, toBool } from './knex';
import { insertUnnest, unnestInsertSql } from './pg-batch';
import { WriteQueue } from './write-queue';

describe('the unnest insert', () => {
  it('has one SQL text for a table and a set of columns, whatever the number of rows', () => {
    const types = new Map([
      ['id', 'character varying'],
      ['value', 'integer'],
    ]);
    expect(unnestInsertSql('answers', ['id', 'value'], types)).toBe(
      'insert into "answers" ("id", "value") select * from unnest($1::character varying[], $2::integer[])',
    );
    expect(() => unnestInsertSql('answers', ['nope'], types)).toThrow('answers has no column nope');
  });
});

// The statements themselves need PostgreSQL (`npm run test:pg`).
describe.skipIf(!process.env.TEST_DATABASE_URL?.startsWith('postgres'))('unnest inserts on PostgreSQL', () => {
  let db: Db;
  let roundId: string;
  let organisationId: string;
  beforeAll(async () => {
    db = await createTestDb();
    organisationId = (await buildOrganisation(db)).id;
    roundId = (await buildRound(db, { organisationIds: [organisationId] })).id;
  });
  afterAll(() => db?.destroy());

  const response = (id = randomUUID()) => ({
    id,
    round_id: roundId,
    organisation_id: organisationId,
    status: 'submitted',
    language: 'fi',
    revision: 0,
    created_at: nowIso(),
    updated_at: nowIso(),
    submitted_at: nowIso(),
  });

  it('stores every value as given: quotes, backslashes, braces, commas, nulls, booleans, non-Latin text', async () => {
    expect(isPostgres(db)).toBe(true);
    const r = response();
    const texts = ['a "quoted" {brace}, comma', 'back\\slash \\" NULL', 'NULL', '', 'Åbo – 𝄞 ääkkö\nrivi', null];
    const answers = texts.map((text, i) => ({
      response_id: r.id,
      round_id: roundId,
      organisation_id: organisationId,
      area_id: 'a1',
      standard_id: 's1',
      indicator_id: `i${i}`,
      value: i % 2 === 0 ? i : null,
      not_applicable: i % 3 === 0,
      text,
    }));
    await db.transaction(async (trx) => {
      await insertUnnest(trx, 'responses', [r]);
      await insertUnnest(trx, 'answers', answers);
    });
    const stored = await db('answers').where('response_id', r.id).orderBy('indicator_id');
    expect(
      stored.map((a) => ({ id: a.indicator_id, value: a.value, na: toBool(a.not_applicable), text: a.text })),
    ).toEqual(answers.map((a) => ({ id: a.indicator_id, value: a.value, na: a.not_applicable, text: a.text })));
  });

  it('refuses a value too long for its column instead of cutting it', async () => {
    const r = { ...response(), language: 'fin' };
    await expect(db.transaction((trx) => insertUnnest(trx, 'responses', [r]))).rejects.toMatchObject({
      code: '22001',
    });
    expect(await db('responses').where('id', r.id).first()).toBeUndefined();
  });

  it('lets a left-out column keep its default, rows of other columns in a statement of their own', async () => {
    const a = response();
    const { revision: _, ...b } = response();
    await db.transaction((trx) => insertUnnest(trx, 'responses', [a, b]));
    const rows = await db('responses').whereIn('id', [a.id, b.id]).orderBy('id');
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => Number(row.revision) === 0)).toBe(true);
  });

  it('is rolled back with its transaction', async () => {
    const r = response();
    await expect(
      db.transaction(async (trx) => {
        await insertUnnest(trx, 'responses', [r]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await db('responses').where('id', r.id).first()).toBeUndefined();
  });

  it("carries a group commit's rows of many requests in one statement a table", async () => {
    const queue = new WriteQueue(db);
    const rows = Array.from({ length: 300 }, () => response());
    const statements: string[] = [];
    const onQuery = (q: { sql: string }) => statements.push(q.sql);
    db.on('query', onQuery);
    try {
      await Promise.all(rows.map((r) => queue.insert([['responses', [r]]])));
    } finally {
      db.off('query', onQuery);
    }
    expect(
      await db('responses')
        .whereIn(
          'id',
          rows.map((r) => r.id),
        )
        .count({ n: '*' }),
    ).toEqual([{ n: '300' }]);
    // Beyond knex's BEGIN and COMMIT no multi-row VALUES insert went through knex.
    expect(statements.filter((s) => /insert/i.test(s))).toEqual([]);
    expect(queue.stats).toMatchObject({ writes: 300 });
  });
});
