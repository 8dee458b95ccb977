/**
 * The few reads every autosave and submit makes (a response by its id or
 * resume code, a rate-limit counter): on SQLite a read-only connection of
 * their own with prepared statements kept, so that no SQL is built or
 * compiled per request; elsewhere (PostgreSQL, an in-memory database, inside
 * a transaction) the same SQL through knex. The SQL must suit both engines:
 * plain names and `?` placeholders.
 */
import Database from 'better-sqlite3';
import { type Db, type Executor, isPostgres, onDestroy, writerOf } from './knex';

type Handle = { conn: Database.Database; statements: Map<string, Database.Statement> };
const handles = new WeakMap<Db, Handle | null>();

function handleOf(db: Executor): Handle | null {
  if ((db as { isTransaction?: boolean }).isTransaction || !db?.client || isPostgres(db)) return null;
  const main = writerOf(db) as Db;
  let handle = handles.get(main);
  if (handle !== undefined) return handle;
  const filename = (main.client.config.connection as { filename?: string } | undefined)?.filename;
  if (!filename || filename === ':memory:') {
    handles.set(main, null);
    return null;
  }
  const conn = new Database(filename, { readonly: true });
  conn.pragma('busy_timeout = 5000');
  handle = { conn, statements: new Map() };
  handles.set(main, handle);
  onDestroy(main, async () => {
    handles.delete(main);
    conn.close();
  });
  return handle;
}

type Bindings = readonly (string | number)[];

function statementOf(handle: Handle, sql: string): Database.Statement {
  let statement = handle.statements.get(sql);
  if (!statement) {
    statement = handle.conn.prepare(sql);
    handle.statements.set(sql, statement);
  }
  return statement;
}

/** The first row of `sql` (or undefined). */
export async function readOne<T>(db: Executor, sql: string, bindings: Bindings): Promise<T | undefined> {
  const handle = handleOf(db);
  if (!handle) {
    const result = await db.raw(sql, bindings as (string | number)[]);
    return ((Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[])[0];
  }
  return statementOf(handle, sql).get(...bindings) as T | undefined;
}

/**
 * Every row of `sql` on SQLite's prepared-read connection; undefined where
 * there is none (PostgreSQL, a transaction): the caller reads its own way.
 */
export function readAllSqlite<T>(db: Executor, sql: string, bindings: Bindings): T[] | undefined {
  const handle = handleOf(db);
  return handle ? (statementOf(handle, sql).all(...bindings) as T[]) : undefined;
}
