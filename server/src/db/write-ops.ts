/**
 * What the write queue writes, described as data: a write is a list of steps
 * (insert, upsert, update, delete) that commit together or not at all. Data,
 * not code, so that an engine can run them where it writes best: SQLite in
 * its writer thread with prepared statements (sqlite-writer.ts), PostgreSQL
 * through knex (`KnexBatchWriter` below). Each engine's batch writer is the
 * seam for its own optimisations.
 */
import type { Knex } from 'knex';
import { type Db, isPostgres } from './knex';
import { insertUnnest } from './pg-batch';

export type Scalar = string | number | boolean | null;
/** Column → value (equality; null: IS NULL) or values (IN). */
export type Where = Record<string, Scalar | readonly Scalar[]>;
export type Row = Record<string, Scalar | undefined>;

export type WriteStep =
  /** Rows to insert; with `merge`, an upsert on `key` that adds the `add` columns and replaces the `set` ones. */
  | { insert: string; rows: Row[]; merge?: { key: string[]; add?: string[]; set?: string[] } }
  /** An update; `guard`: when it changes no row, the write's later steps are skipped. */
  | { update: string; where: Where; set?: Row; add?: Record<string, number>; guard?: boolean }
  /** A delete; `expect`: unless exactly that many rows go, the whole write fails (code write_conflict). */
  | { delete: string; where: Where; expect?: number };

/** One request's write. Its value is the changed-row count of its first update step (undefined without one). */
export type Write = WriteStep[];

export type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Runs a batch of writes in one transaction: each settles on its own, and only after the commit. */
export interface BatchWriter {
  /** Resolves when the batch's transaction has committed (each write settled), or rejects when it did not. */
  writeBatch(writes: Write[]): Promise<Settled[]>;
  close?(): Promise<void>;
  /** A SQLite pragma on the writing connection, when the writer has one of its own (tests set max_page_count). */
  pragma?(text: string): Promise<unknown>;
}

/** A `delete … expect` that found another count: the state the write was built on has changed. */
export class WriteConflict extends Error {
  readonly code = 'write_conflict';
}

/** Rows per INSERT statement: within SQLite's and PostgreSQL's limits on bound values (answers have 9 columns). */
const ROWS_PER_INSERT = 500;

/** True when a write only inserts (no upsert): such writes of a batch are merged into multi-row inserts. */
const plainInsert = (write: Write) => write.every((s) => 'insert' in s && !s.merge);

/**
 * The engine-neutral batch writer: knex, one transaction per batch. Plain
 * inserts of all writes go first, table by table, in multi-row statements;
 * the others each in a savepoint of their own. When the batch fails (one of
 * the plain inserts, or the commit), its writes are retried one by one, so
 * that only the failing one gets the error.
 */
export class KnexBatchWriter implements BatchWriter {
  /** Batches that failed and were retried one by one: for tests. */
  fallbacks = 0;

  constructor(private readonly db: Db) {}

  async writeBatch(writes: Write[]): Promise<Settled[]> {
    try {
      return await this.together(writes);
    } catch (err) {
      if (writes.length === 1) throw err;
      this.fallbacks++;
      const results: Settled[] = [];
      for (const write of writes) {
        try {
          results.push(...(await this.together([write])));
        } catch (error) {
          results.push({ ok: false, error });
        }
      }
      return results;
    }
  }

  private async together(writes: Write[]): Promise<Settled[]> {
    // SQLite rolls a transaction back itself on a full disk; knex's own ROLLBACK then fails and would hide the cause.
    let cause: unknown;
    try {
      return await this.db.transaction(async (trx) => {
        try {
          return await this.inside(trx, writes);
        } catch (err) {
          cause = err;
          throw err;
        }
      });
    } catch (err) {
      throw cause ?? err;
    }
  }

  private async inside(trx: Knex.Transaction, writes: Write[]): Promise<Settled[]> {
    const tables = new Map<string, Row[]>();
    for (const write of writes) {
      if (!plainInsert(write)) continue;
      for (const step of write) {
        if (!('insert' in step)) continue;
        const all = tables.get(step.insert) ?? [];
        all.push(...step.rows);
        tables.set(step.insert, all);
      }
    }
    for (const [table, rows] of tables) await insertKnex(trx, { insert: table, rows });
    const results: Settled[] = [];
    for (const write of writes) {
      if (plainInsert(write)) {
        results.push({ ok: true, value: undefined });
        continue;
      }
      try {
        // A batch of one needs no savepoint: its transaction is its own.
        const value = writes.length === 1 ? await runKnex(trx, write) : await trx.transaction((t) => runKnex(t, write));
        results.push({ ok: true, value });
      } catch (error) {
        if (writes.length === 1) throw error;
        results.push({ ok: false, error });
      }
    }
    return results;
  }
}

function whereKnex(query: Knex.QueryBuilder, where: Where): Knex.QueryBuilder {
  for (const [column, value] of Object.entries(where)) {
    if (Array.isArray(value)) query.whereIn(column, value as Scalar[]);
    else if (value === null) query.whereNull(column);
    else query.where(column, value as Exclude<Scalar, null>);
  }
  return query;
}

/** Where a step failed, for the log (which never holds SQL or values): its table and operation, as the writer thread says it. */
async function located<T>(table: string, operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err && typeof err === 'object' && !('operation' in err)) {
      Object.assign(err, { operation, ...('table' in err && err.table ? {} : { table }) });
    }
    throw err;
  }
}

function insertKnex(trx: Knex.Transaction, step: Extract<WriteStep, { insert: string }>): Promise<void> {
  return located(step.insert, 'insert', () => insertRows(trx, step));
}

async function insertRows(trx: Knex.Transaction, step: Extract<WriteStep, { insert: string }>): Promise<void> {
  const { insert: table, rows, merge } = step;
  // PostgreSQL: one unnest insert a table, arrays as parameters, a statement of fixed text (pg-batch.ts).
  if (!merge && isPostgres(trx)) return insertUnnest(trx, table, rows);
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const query = trx(table).insert(rows.slice(i, i + ROWS_PER_INSERT));
    if (!merge) {
      await query;
      continue;
    }
    await query.onConflict(merge.key).merge({
      ...Object.fromEntries((merge.add ?? []).map((c) => [c, trx.raw('??.?? + excluded.??', [table, c, c])])),
      ...Object.fromEntries((merge.set ?? []).map((c) => [c, trx.raw('excluded.??', [c])])),
    });
  }
}

/** One write's steps through knex (PostgreSQL, or SQLite without a writer thread). */
export async function runKnex(trx: Knex.Transaction, write: Write): Promise<unknown> {
  let value: number | undefined;
  for (const step of write) {
    if ('insert' in step) {
      await insertKnex(trx, step);
    } else if ('update' in step) {
      const changes = await located(step.update, 'update', async () =>
        whereKnex(trx(step.update), step.where).update({
          ...step.set,
          ...Object.fromEntries(Object.entries(step.add ?? {}).map(([c, n]) => [c, trx.raw('?? + ?', [c, n])])),
        }),
      );
      value ??= changes;
      if (step.guard && changes === 0) break;
    } else {
      const changes = await located(step.delete, 'delete', async () =>
        whereKnex(trx(step.delete), step.where).delete(),
      );
      if (step.expect !== undefined && changes !== step.expect)
        throw new WriteConflict(`expected to delete ${step.expect} rows of ${step.delete}, deleted ${changes}`);
    }
  }
  return value;
}
