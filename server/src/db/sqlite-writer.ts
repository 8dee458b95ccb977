/**
 * The SQLite batch writer: the write queue's batches go to a worker thread
 * (sqlite-writer-worker.mjs) that owns a writing connection of its own and
 * runs them with cached prepared statements. The HTTP event loop only posts
 * the rows and waits: building SQL, inserting, and the disk sync of every
 * commit (synchronous=FULL) happen off it. A request is still answered only
 * after the commit that holds its write.
 *
 * Other writes of the server (sign-in, start of a draft, administration) stay
 * on knex's connection; SQLite's busy timeout orders them with the thread's.
 */
import { Worker } from 'node:worker_threads';
import type { BatchWriter, Settled, Write } from './write-ops';

type Reply = { id: number; results: WireSettled[] };
type WireError = { name: string; message: string; code?: string; table?: string; operation?: string };
type WireSettled = { ok: true; value: unknown } | { ok: false; error: WireError };

/** An error from the thread as an Error again, with its SQLite code (faults.ts reads it) and where it failed (the log). */
function revive(error: WireError): Error {
  const err = new Error(error.message) as Error & { code?: string; table?: string; operation?: string };
  err.name = error.name;
  if (error.code) err.code = error.code;
  if (error.table) err.table = error.table;
  if (error.operation) err.operation = error.operation;
  return err;
}

/**
 * Insert steps as columns and one flat array of values: copying plain arrays
 * to the thread costs a fraction of copying an object (and its keys) per row.
 */
function compact(write: Write): unknown[] {
  const out: unknown[] = [];
  for (const step of write) {
    if (!('insert' in step)) {
      out.push(step);
      continue;
    }
    const shapes = new Map<string, { columns: string[]; values: unknown[] }>();
    for (const row of step.rows) {
      const columns = Object.keys(row);
      const key = columns.join(',');
      let shape = shapes.get(key);
      if (!shape) {
        shape = { columns, values: [] };
        shapes.set(key, shape);
      }
      for (const c of columns) shape.values.push(row[c]);
    }
    for (const { columns, values } of shapes.values())
      out.push({ insert: step.insert, columns, values, ...(step.merge ? { merge: step.merge } : {}) });
  }
  return out;
}

export class SqliteWorkerWriter implements BatchWriter {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (r: Settled[]) => void; reject: (e: unknown) => void }>();

  constructor(
    private readonly filename: string,
    private readonly busyTimeoutMs = 5000,
  ) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./sqlite-writer-worker.mjs', import.meta.url), {
      workerData: { filename: this.filename, busyTimeoutMs: this.busyTimeoutMs },
    });
    worker.on('message', (message: Reply | { ready: true }) => {
      if (!('id' in message)) return;
      const waiting = this.waiting.get(message.id);
      if (!waiting) return;
      this.waiting.delete(message.id);
      if (this.waiting.size === 0) worker.unref();
      waiting.resolve(message.results.map((r) => (r.ok ? r : { ok: false, error: revive(r.error) })));
    });
    const fail = (err: unknown) => {
      if (this.worker === worker) this.worker = undefined;
      // Whether an unanswered batch committed is unknown: its requests fail, and a retry finds what was stored.
      const error = Object.assign(new Error(`the SQLite writer thread stopped: ${(err as Error)?.message ?? err}`), {
        code: 'SQLITE_IOERR_WRITER',
      });
      for (const [id, w] of this.waiting) {
        this.waiting.delete(id);
        w.reject(error);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
    // The thread keeps the process alive only while a batch waits for it.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  writeBatch(writes: Write[]): Promise<Settled[]> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, writes: writes.map(compact) });
    });
  }

  /** Runs `pragma <text>` on the thread's connection (its settings are its own); resolves with the pragma's rows. */
  async pragma(text: string): Promise<unknown> {
    const worker = this.start();
    const id = this.nextId++;
    const [result] = await new Promise<Settled[]>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ type: 'pragma', id, text });
    });
    if (!result?.ok) throw result?.error;
    return result.value;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = undefined;
    await new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      worker.postMessage({ type: 'close' });
    });
  }
}
