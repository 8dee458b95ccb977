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

/** The first row of `sql` (or undefined). */
export async function readOne<T>(
  db: Executor,
  sql: string,
  bindings: readonly (string | number)[],
): Promise<T | undefined> {
  const handle = handleOf(db);
  if (!handle) {
    const result = await db.raw(sql, bindings as (string | number)[]);
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
    return rows[0];
  }
  let statement = handle.statements.get(sql);
  if (!statement) {
    statement = handle.conn.prepare(sql);
    handle.statements.set(sql, statement);
  }
  return statement.get(...bindings) as T | undefined;
}
