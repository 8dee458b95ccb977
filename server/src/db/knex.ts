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
      // A hung database must not hold requests for minutes: the server cancels a statement past the timeout.
      connection: {
        connectionString: config.connectionString,
        ...(config.queryTimeoutMs
          ? { statement_timeout: config.queryTimeoutMs, connectionTimeoutMillis: config.queryTimeoutMs }
          : {}),
      },
      ...(config.queryTimeoutMs ? { acquireConnectionTimeout: config.queryTimeoutMs } : {}),
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
    // SQLite's statements run in this process; what can hang is the wait for the connection or for a lock.
    ...(config.queryTimeoutMs ? { acquireConnectionTimeout: config.queryTimeoutMs } : {}),
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

/**
 * Runs `close` when `db` is destroyed, before the handle itself closes: for
 * what is opened beside it (readers, the writer thread, prepared reads).
 */
export function onDestroy(db: Db, close: () => Promise<void>): void {
  const destroy = db.destroy.bind(db) as () => Promise<void>;
  Object.defineProperty(db, 'destroy', {
    value: async () => {
      await close();
      await destroy();
    },
    configurable: true,
  });
}

const readers = new WeakMap<Db, Db>();
const writers = new WeakMap<Db, Db>();

/**
 * The handle for reads that must not wait for writes. On SQLite: read-only
 * connections of their own on the same file (WAL lets them read while the
 * writer writes; a reader sees every commit made before its read began), so
 * results, reports, exports and the survey's own reads never queue behind the
 * one writer connection and its group commits. On PostgreSQL (a pool already)
 * and for an in-memory SQLite database: the handle itself.
 */
export function readerOf(db: Db): Db {
  // A stand-in without a client (route tables built for their shape only) reads as itself.
  if (!db?.client || isPostgres(db) || writers.has(db)) return db;
  const filename = (db.client.config.connection as { filename?: string } | undefined)?.filename;
  if (!filename || filename === ':memory:') return db;
  let reader = readers.get(db);
  if (!reader) {
    reader = knex({
      client: 'better-sqlite3',
      compileSqlOnError: false,
      connection: { filename, options: { readonly: true } },
      useNullAsDefault: true,
      pool: {
        min: 0,
        max: 4,
        afterCreate(conn: { pragma: (sql: string) => unknown }, done: (err: Error | null, conn: unknown) => void) {
          conn.pragma('busy_timeout = 5000');
          done(null, conn);
        },
      },
    });
    readers.set(db, reader);
    writers.set(reader, db);
    // Closing the database closes its readers too.
    const readerToClose = reader;
    onDestroy(db, async () => {
      readers.delete(db);
      await readerToClose.destroy();
    });
  }
  return reader;
}

/** Where a read that may be a moment behind goes: the reader of a database handle, or the transaction itself. */
export function readsOf(db: Executor): Executor {
  return (db as { isTransaction?: boolean }).isTransaction ? db : readerOf(db as Db);
}

/** The writing handle of a reader from `readerOf` (or the handle itself). */
export function writerOf(db: Executor): Executor {
  return writers.get(db as Db) ?? db;
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
export function nowIso(): string {
  return new Date().toISOString();
}
