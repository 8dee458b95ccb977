/**
 * What /api/health checks: that the database answers a read, that it takes a
 * write (a full disk or a read-only file fails here, not only in the next
 * submit), and on SQLite that the WAL is checkpointed (a failing checkpoint
 * lets the WAL grow without bound). A failure is a 503 with the reason's code.
 */
import type { Logger } from 'pino';
import { AppError } from '../http/errors';
import { databaseFault, FAULT_MESSAGES } from './faults';
import { type Db, isPostgres, nowIso, readerOf } from './knex';
import { writeQueue } from './write-queue';

/** A write probe at most this often; health checks in between reuse its outcome. */
const PROBE_EVERY_MS = 5000;
/** A passive WAL checkpoint this often on SQLite (SQLite's own automatic ones go on too). */
const CHECKPOINT_EVERY_MS = 60_000;
/** As much as a submit writes: a probe that fits where a submit does not would say "healthy" on a full disk. */
const PADDING = 'x'.repeat(64 * 1024);

type State = { probedAt: number; probe?: Promise<unknown>; writeError?: unknown; checkpointError?: unknown };
const states = new WeakMap<Db, State>();
const stateOf = (db: Db) => {
  let state = states.get(db);
  if (!state) {
    state = { probedAt: 0 };
    states.set(db, state);
  }
  return state;
};

function unavailable(err: unknown): AppError {
  const code = databaseFault(err) ?? 'database_unavailable';
  return new AppError(503, code, FAULT_MESSAGES[code]);
}

export async function checkHealth(db: Db): Promise<void> {
  const state = stateOf(db);
  try {
    await readerOf(db).raw('select 1');
  } catch (err) {
    throw unavailable(err);
  }
  // After a failed write (a probe or a request's) every check probes, so that health follows the writes at once.
  if (state.writeError || writeQueue(db).lastFault || Date.now() - state.probedAt >= PROBE_EVERY_MS) {
    state.probe ??= writeQueue(db)
      .write([
        { insert: 'health_probe', rows: [{ id: 2, checked_at: nowIso(), padding: PADDING }] },
        { delete: 'health_probe', where: { id: 2 } },
        {
          insert: 'health_probe',
          rows: [{ id: 1, checked_at: nowIso() }],
          merge: { key: ['id'], set: ['checked_at'] },
        },
      ])
      .then(
        () => {
          state.writeError = undefined;
        },
        (err) => {
          state.writeError = err;
        },
      )
      .finally(() => {
        state.probedAt = Date.now();
        state.probe = undefined;
      });
    await state.probe;
  }
  if (state.writeError) throw unavailable(state.writeError);
  if (state.checkpointError) {
    throw new AppError(
      503,
      'wal_checkpoint_failed',
      'the database log (WAL) could not be checkpointed and grows: check the disk and the file permissions',
    );
  }
}

/** On SQLite: a passive WAL checkpoint now and then; a failure is logged and reported by health until one succeeds. */
export function startCheckpoints(db: Db, logger: Logger): void {
  if (isPostgres(db)) return;
  const state = stateOf(db);
  const timer = setInterval(() => {
    // knex drops its pool when destroyed: this handle is closed for good.
    if (!(db.client as { pool?: unknown }).pool) return clearInterval(timer);
    db.raw('pragma wal_checkpoint(PASSIVE)').then(
      () => {
        state.checkpointError = undefined;
      },
      (err) => {
        state.checkpointError = err;
        logger.error({ err }, 'the WAL checkpoint failed; the database log grows until one succeeds');
      },
    );
  }, CHECKPOINT_EVERY_MS);
  timer.unref();
}
