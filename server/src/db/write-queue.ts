/**
 * Group commit: the writes of concurrent requests (submits, draft saves)
 * wait in one queue and are written together, in one transaction with
 * multi-row inserts, so that one disk sync carries many of them. Each
 * request is answered only after the commit that holds its write. While a
 * batch commits, the next one gathers: under load batches grow by themselves,
 * alone a write goes at once.
 *
 * One failing write must not fail the others: when a batch fails, its writes
 * are retried one by one, each in its own transaction, and only the failing
 * one gets the error. `run` writes (a conditional update) run in a savepoint
 * of their own inside the batch, so their own errors stay theirs.
 */
import type { Knex } from 'knex';
import { databaseFault } from './faults';
import { type Db, isPostgres } from './knex';
import { insertUnnest } from './pg-batch';

/** Rows to insert, table by table, in the order given (parents before children). */
export type InsertRows = [table: string, rows: Record<string, unknown>[]][];

type Item = {
  rows?: InsertRows;
  run?: (trx: Knex.Transaction) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
};

/** Rows per INSERT statement: within SQLite's and PostgreSQL's limits on bound values (answers have 9 columns). */
const ROWS_PER_INSERT = 500;
/** Writes per transaction at most. */
const MAX_BATCH = 128;

export class WriteQueue {
  private queue: Item[] = [];
  private draining = false;
  /** Batches committed and the writes in them: for tests and benchmarks. */
  readonly stats = { batches: 0, writes: 0, fallbacks: 0 };
  /** The database fault of the latest failed commit, until a commit succeeds (health probes at once while set). */
  lastFault: unknown;

  constructor(private readonly db: Db) {}

  /** Inserts `rows`; resolves after the commit that holds them. */
  insert(rows: InsertRows): Promise<void> {
    return this.push({ rows }) as Promise<void>;
  }

  /** Runs `write` inside a batch's transaction (in a savepoint of its own); resolves with its result after the commit. */
  run<T>(write: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
    return this.push({ run: write }) as Promise<T>;
  }

  private push(item: Omit<Item, 'resolve' | 'reject'>): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ ...item, resolve, reject });
      if (!this.draining) {
        this.draining = true;
        // Let the requests of this turn of the event loop join the first batch.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        await this.commit(batch);
      }
    } finally {
      this.draining = false;
    }
  }

  private async commit(batch: Item[]): Promise<void> {
    let results: Settled[];
    try {
      results = await this.writeTogether(batch);
    } catch (err) {
      if (batch.length === 1) {
        if (databaseFault(err)) this.lastFault = err;
        batch[0]!.reject(err);
        return;
      }
      // One of them (or the database) failed: each on its own, so that only the failing ones fail.
      this.stats.fallbacks++;
      for (const item of batch) await this.commit([item]);
      return;
    }
    this.lastFault = undefined;
    this.stats.batches++;
    this.stats.writes += batch.length;
    batch.forEach((item, i) => {
      const r = results[i]!;
      if (r.ok) item.resolve(r.value);
      else item.reject(r.error);
    });
  }

  private async writeTogether(batch: Item[]): Promise<Settled[]> {
    // SQLite rolls a transaction back itself on a full disk; knex's own ROLLBACK then fails and would hide the cause.
    let cause: unknown;
    try {
      return await this.db.transaction(async (trx) => {
        try {
          return await this.writeInside(trx, batch);
        } catch (err) {
          cause = err;
          throw err;
        }
      });
    } catch (err) {
      throw cause ?? err;
    }
  }

  private async writeInside(trx: Knex.Transaction, batch: Item[]): Promise<Settled[]> {
    const tables = new Map<string, Record<string, unknown>[]>();
    for (const item of batch)
      for (const [table, rows] of item.rows ?? []) {
        const all = tables.get(table) ?? [];
        all.push(...rows);
        tables.set(table, all);
      }
    for (const [table, rows] of tables) {
      // PostgreSQL: one unnest statement a table (db/pg-batch.ts).
      if (isPostgres(trx)) {
        await insertUnnest(trx, table, rows);
        continue;
      }
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT)
        await trx(table).insert(rows.slice(i, i + ROWS_PER_INSERT));
    }
    const results: Settled[] = [];
    for (const item of batch) {
      if (!item.run) {
        results.push({ ok: true, value: undefined });
        continue;
      }
      const run = item.run;
      try {
        // A batch of one needs no savepoint: its transaction is its own.
        results.push({ ok: true, value: batch.length === 1 ? await run(trx) : await trx.transaction(run) });
      } catch (error) {
        if (batch.length === 1) throw error;
        results.push({ ok: false, error });
      }
    }
    return results;
  }
}

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

const queues = new WeakMap<Db, WriteQueue>();

/** The write queue of a database handle (one per handle in a process). */
export function writeQueue(db: Db): WriteQueue {
  let queue = queues.get(db);
  if (!queue) {
    queue = new WriteQueue(db);
    queues.set(db, queue);
  }
  return queue;
}
