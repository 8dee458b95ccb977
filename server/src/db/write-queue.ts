/**
 * Group commit: the writes of concurrent requests (submits, draft saves, the
 * rollup applier) wait in one queue and are written together, in one
 * transaction, so that one disk sync carries many of them. Each request is
 * answered only after the commit that holds its write. While a batch
 * commits, the next one gathers: under load batches grow by themselves,
 * alone a write goes at once.
 *
 * Writes are data (write-ops.ts), run by the engine's batch writer: on a
 * SQLite file a writer thread with prepared statements (sqlite-writer.ts),
 * otherwise knex (`KnexBatchWriter`, PostgreSQL's seam). One failing write
 * fails alone.
 */
import { databaseFault } from './faults';
import { type Db, isPostgres, onDestroy } from './knex';
import { SqliteWorkerWriter } from './sqlite-writer';
import { type BatchWriter, KnexBatchWriter, type Row, type Settled, type Write } from './write-ops';

/** Rows to insert, table by table, in the order given (parents before children). */
export type InsertRows = [table: string, rows: Row[]][];

type Item = { write: Write; resolve: (value: unknown) => void; reject: (err: unknown) => void };

/** Writes per transaction at most: a commit stays short, so the next batch's requests do not wait long. */
const MAX_BATCH = 128;

/** As insert steps. */
export const insertSteps = (rows: InsertRows): Write => rows.map(([table, r]) => ({ insert: table, rows: r }));

export class WriteQueue {
  private queue: Item[] = [];
  private draining = false;
  /** Batches committed and the writes in them: for tests and benchmarks. */
  readonly stats = { batches: 0, writes: 0 };
  /** The database fault of the latest failed commit, until a commit succeeds (health probes at once while set). */
  lastFault: unknown;

  constructor(
    db: Db,
    readonly writer: BatchWriter = batchWriterFor(db),
  ) {}

  /** Inserts `rows`; resolves after the commit that holds them. */
  insert(rows: InsertRows): Promise<void> {
    return this.write(insertSteps(rows)) as Promise<void>;
  }

  /** Runs a write's steps together; resolves after the commit with the row count of its first update. */
  write(write: Write): Promise<number | undefined> {
    return new Promise((resolve, reject) => {
      this.queue.push({ write, resolve: resolve as (value: unknown) => void, reject });
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
      results = await this.writer.writeBatch(batch.map((item) => item.write));
    } catch (err) {
      if (databaseFault(err)) this.lastFault = err;
      for (const item of batch) item.reject(err);
      return;
    }
    const fault = results.find((r) => !r.ok && databaseFault(r.error));
    this.lastFault = fault && !fault.ok ? fault.error : undefined;
    this.stats.batches++;
    this.stats.writes += batch.length;
    batch.forEach((item, i) => {
      const r = results[i]!;
      if (r.ok) item.resolve(r.value);
      else item.reject(r.error);
    });
  }
}

/** SQLite on a file: the writer thread. PostgreSQL (and an in-memory SQLite): knex. */
function batchWriterFor(db: Db): BatchWriter {
  if (!isPostgres(db)) {
    const filename = (db.client.config.connection as { filename?: string } | undefined)?.filename;
    if (filename && filename !== ':memory:') return new SqliteWorkerWriter(filename);
  }
  return new KnexBatchWriter(db);
}

/** `pragma <text>` where the writes of `db` happen: its writer thread, or knex's connection. */
export async function writerPragma(db: Db, text: string): Promise<unknown> {
  const writer = writeQueue(db).writer;
  return writer.pragma ? writer.pragma(text) : db.raw(`pragma ${text}`);
}

const queues = new WeakMap<Db, WriteQueue>();

/** The write queue of a database handle (one per handle in a process); closing the handle stops its writer. */
export function writeQueue(db: Db): WriteQueue {
  let queue = queues.get(db);
  if (!queue) {
    const created = new WriteQueue(db);
    queue = created;
    queues.set(db, created);
    onDestroy(db, async () => {
      queues.delete(db);
      await created.writer.close?.();
    });
  }
  return queue;
}
