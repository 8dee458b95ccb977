/**
 * The SQLite writer thread (started by sqlite-writer.ts): owns the one
 * writing connection and runs the write queue's batches with cached prepared
 * statements, so that building SQL, inserting and the disk sync of each
 * commit (synchronous=FULL) never hold the HTTP event loop.
 *
 * Plain JavaScript on purpose: a worker thread starts without the TypeScript
 * loader, in a few milliseconds. The steps it runs are described (and typed)
 * in write-ops.ts; the PostgreSQL side runs the same steps through knex.
 *
 * A batch is one transaction; each write of a batch of several runs in a
 * savepoint of its own, so that one failing write fails alone. The reply
 * comes after COMMIT returned, i.e. after the sync.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

/** Rows per multi-row INSERT: 50 rows × 12 columns stays far under SQLite's bound-value limit. */
const ROWS_PER_STATEMENT = 50;
/** Prepared statements kept; past this the cache starts over (shapes are few in practice). */
const CACHE_SIZE = 500;

/** The connection, opened at the first batch (and again after opening failed: a folder made writable again). */
let db;
const cache = new Map();

function open() {
  if (db) return db;
  const conn = new Database(workerData.filename);
  try {
    conn.pragma('journal_mode = WAL');
    conn.pragma('synchronous = FULL');
    conn.pragma('foreign_keys = ON');
    conn.pragma(`busy_timeout = ${Number(workerData.busyTimeoutMs ?? 5000)}`);
  } catch (err) {
    conn.close();
    throw err;
  }
  db = conn;
  return db;
}

function prepared(key, build) {
  let statement = cache.get(key);
  if (!statement) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    statement = db.prepare(build());
    cache.set(key, statement);
  }
  return statement;
}

const name = (identifier) => `"${String(identifier).replaceAll('"', '""')}"`;

/** SQLite binds numbers, strings, bigints, buffers and null: booleans as 0/1, undefined as null. */
function bindable(value) {
  if (value === undefined) return null;
  if (value === true) return 1;
  if (value === false) return 0;
  return value;
}

/** An insert step as the main thread sends it: its columns and the rows' values one after another. */
function insertRows(step) {
  const { insert: table, columns, values, merge } = step;
  const width = columns.length;
  const count = width === 0 ? 0 : values.length / width;
  if (count === 0) return;
  const conflict = merge
    ? ` on conflict (${merge.key.map(name).join(', ')}) do update set ${[
        ...(merge.add ?? []).map((c) => `${name(c)} = ${name(table)}.${name(c)} + excluded.${name(c)}`),
        ...(merge.set ?? []).map((c) => `${name(c)} = excluded.${name(c)}`),
      ].join(', ')}`
    : '';
  const conflictKey = merge ? `${merge.key}|${merge.add ?? ''}|${merge.set ?? ''}` : '';
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let first = 0; first < count; first += ROWS_PER_STATEMENT) {
    const rows = Math.min(ROWS_PER_STATEMENT, count - first);
    const statement = prepared(
      `i|${table}|${columns}|${rows}|${conflictKey}`,
      () =>
        `insert into ${name(table)} (${columns.map(name).join(', ')}) values ${Array(rows).fill(tuple).join(', ')}${conflict}`,
    );
    const chunk = values.slice(first * width, (first + rows) * width);
    for (let i = 0; i < chunk.length; i++) chunk[i] = bindable(chunk[i]);
    statement.run(chunk);
  }
}

/** `where` as SQL: a value is equality (null: IS NULL), an array is IN. */
function whereClause(where) {
  const parts = [];
  const values = [];
  const shape = [];
  for (const [column, value] of Object.entries(where)) {
    if (Array.isArray(value)) {
      if (value.length === 0) {
        parts.push('0');
        shape.push(`${column}[]`);
        continue;
      }
      parts.push(`${name(column)} in (${value.map(() => '?').join(', ')})`);
      values.push(...value.map(bindable));
      shape.push(`${column}[${value.length}]`);
    } else if (value === null) {
      parts.push(`${name(column)} is null`);
      shape.push(`${column}=null`);
    } else {
      parts.push(`${name(column)} = ?`);
      values.push(bindable(value));
      shape.push(column);
    }
  }
  return { sql: parts.length > 0 ? parts.join(' and ') : '1', values, shape: shape.join(',') };
}

function update(step) {
  const set = Object.entries(step.set ?? {});
  const add = Object.entries(step.add ?? {});
  const where = whereClause(step.where);
  const statement = prepared(
    `u|${step.update}|${set.map(([c]) => c)}|${add.map(([c]) => c)}|${where.shape}`,
    () =>
      `update ${name(step.update)} set ${[
        ...set.map(([c]) => `${name(c)} = ?`),
        ...add.map(([c]) => `${name(c)} = ${name(c)} + ?`),
      ].join(', ')} where ${where.sql}`,
  );
  return statement.run([...set.map(([, v]) => bindable(v)), ...add.map(([, n]) => n), ...where.values]).changes;
}

function remove(step) {
  const where = whereClause(step.where);
  const statement = prepared(
    `d|${step.delete}|${where.shape}`,
    () => `delete from ${name(step.delete)} where ${where.sql}`,
  );
  const changes = statement.run(where.values).changes;
  if (step.expect !== undefined && changes !== step.expect) {
    const err = new Error(`expected to delete ${step.expect} rows of ${step.delete}, deleted ${changes}`);
    err.code = 'write_conflict';
    throw err;
  }
  return changes;
}

/** One write's steps; its value is the row count of its first update (or undefined). */
function runSteps(steps) {
  let value;
  for (const step of steps) {
    try {
      if ('insert' in step) insertRows(step);
      else if ('update' in step) {
        const changes = update(step);
        if (value === undefined) value = changes;
        if (step.guard && changes === 0) break;
      } else if ('delete' in step) remove(step);
    } catch (err) {
      // Where it failed, for the log (which never holds SQL or values): the table and the operation.
      if (err && typeof err === 'object') {
        err.table = step.insert ?? step.update ?? step.delete;
        err.operation = 'insert' in step ? 'insert' : 'update' in step ? 'update' : 'delete';
      }
      throw err;
    }
  }
  return value;
}

const failure = (err) => ({
  ok: false,
  error: {
    name: err?.name ?? 'Error',
    message: String(err?.message ?? err),
    code: err?.code,
    table: err?.table,
    operation: err?.operation,
  },
});

const sql = (text) => prepared(text, () => text).run();

function runBatch(writes) {
  open();
  sql('begin immediate');
  const results = [];
  try {
    for (const steps of writes) {
      if (writes.length === 1) {
        results.push({ ok: true, value: runSteps(steps) });
        continue;
      }
      sql('savepoint w');
      try {
        results.push({ ok: true, value: runSteps(steps) });
        sql('release w');
      } catch (err) {
        // A full disk (and some I/O errors) roll the whole transaction back: then every write of it fails.
        if (!db.inTransaction) throw err;
        sql('rollback to w');
        sql('release w');
        results.push(failure(err));
      }
    }
    sql('commit');
    return results;
  } catch (err) {
    if (db.inTransaction) {
      try {
        sql('rollback');
      } catch {
        // Already rolled back by SQLite itself.
      }
    }
    return writes.map(() => failure(err));
  }
}

parentPort.on('message', (message) => {
  if (message.type === 'close') {
    db?.close();
    parentPort.close();
    return;
  }
  if (message.type === 'pragma') {
    // A setting of this connection (tests simulate a full disk with max_page_count).
    let results;
    try {
      results = [{ ok: true, value: open().pragma(message.text) }];
    } catch (err) {
      results = [failure(err)];
    }
    parentPort.postMessage({ id: message.id, results });
    return;
  }
  let results;
  try {
    results = runBatch(message.writes);
  } catch (err) {
    // Opening or BEGIN failed (a read-only file or folder, a lock held past the busy timeout).
    results = message.writes.map(() => failure(err));
  }
  parentPort.postMessage({ id: message.id, results });
});

parentPort.postMessage({ ready: true });
