import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, isPostgres, toNumber } from '../db/knex';
import { buildOrganisation, createTestDb } from './db';

let a: Db;
let b: Db;
beforeAll(async () => {
  [a, b] = await Promise.all([createTestDb(), createTestDb()]);
});
afterAll(() => Promise.all([a.destroy(), b.destroy()]));

const wantsPostgres = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? '');

async function currentSchema(db: Db): Promise<string> {
  const { rows } = await db.raw<{ rows: { name: string }[] }>('SELECT current_schema() AS name');
  return rows[0]?.name ?? '';
}

describe('test databases', () => {
  it('run on PostgreSQL exactly when TEST_DATABASE_URL names it', () => {
    expect(isPostgres(a)).toBe(wantsPostgres);
  });

  it('are isolated from each other', async () => {
    const org = await buildOrganisation(a);
    expect(await a('organisations').where('id', org.id).first()).toBeDefined();
    expect(await b('organisations').where('id', org.id).first()).toBeUndefined();
  });

  it('leave nothing behind when destroyed', async () => {
    const db = await createTestDb();
    if (isPostgres(db)) {
      const schema = await currentSchema(db);
      expect(schema).toMatch(/^t_/);
      expect(schema).not.toBe(await currentSchema(a));
      await db.destroy();
      const left = await a('pg_namespace').count({ n: '*' }).where('nspname', schema).first();
      expect(toNumber(left?.n)).toBe(0);
    } else {
      const file: string = db.client.config.connection.filename;
      expect(fs.existsSync(file)).toBe(true);
      await db.destroy();
      expect(fs.existsSync(path.dirname(file))).toBe(false);
    }
  });
});
