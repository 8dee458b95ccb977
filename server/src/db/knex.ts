/**
 * The one place that knows which database engine runs. SQLite and PostgreSQL
 * differ in booleans, dates and JSON: the codecs below hide that.
 */
import fs from 'node:fs';
import path from 'node:path';
import knex, { type Knex } from 'knex';
import type { DatabaseConfig } from '../config';
import { migrationSource } from './migrations';

export type Db = Knex;
/** A database handle or an open transaction: service functions take either. */
export type Executor = Knex | Knex.Transaction;

export function createDb(config: DatabaseConfig): Db {
  if (config.client === 'postgres') {
    return knex({
      client: 'pg',
      // A failed query's error message carries its SQL with placeholders, never the bound values (answers).
      compileSqlOnError: false,
      connection: config.connectionString,
      // Unqualified names, migrations' own tables included, resolve here: each test database is a schema.
      searchPath: config.schema,
      pool: { min: 0, max: 10 },
    });
  }
  if (config.filename !== ':memory:') fs.mkdirSync(path.dirname(config.filename), { recursive: true });
  return knex({
    client: 'better-sqlite3',
    compileSqlOnError: false,
    connection: { filename: config.filename },
    useNullAsDefault: true,
    // One connection: SQLite has one writer; knex queues the rest.
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: { pragma: (sql: string) => unknown }, done: (err: Error | null, conn: unknown) => void) {
        // WAL for concurrent readers; synchronous=FULL so a commit is on disk before we answer 2xx.
        conn.pragma('journal_mode = WAL');
        conn.pragma('synchronous = FULL');
        conn.pragma('foreign_keys = ON');
        conn.pragma('busy_timeout = 5000');
        done(null, conn);
      },
    },
  });
}

export async function migrate(db: Db): Promise<void> {
  await db.migrate.latest({ migrationSource });
}

export function isPostgres(db: Executor): boolean {
  return db.client.config.client === 'pg';
}

/** SQLite returns 0/1, PostgreSQL true/false. */
export function toBool(value: unknown): boolean {
  return value === true || value === 1 || value === '1';
}

/** COUNT(*) comes back as a string from PostgreSQL (bigint). */
export function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}

/** True when an error is a unique or primary-key violation, in either engine. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Dates are stored as ISO 8601 UTC strings in both engines, so they sort and compare as text. */
/** One round trip to the database: the health check. */
export async function pingDatabase(db: Executor): Promise<void> {
  await db.raw('select 1');
}

export function nowIso(): string {
  return new Date().toISOString();
}
