/**
 * The rollup applier: folds submitted responses into the rollups off the
 * request path. A submit stores its response, its answers and a row in
 * `rollup_pending` in one transaction and is answered; the applier takes up
 * to a batch of pending responses, adds them to the rollups and deletes
 * their pending rows in one transaction. So a crash loses nothing (the rows
 * stay pending until a restart applies them) and nothing is applied twice
 * (the rows and their rollups commit together). On PostgreSQL a transaction
 * advisory lock lets one process of many apply at a time; on SQLite the one
 * writer does the same.
 */
import type { Logger } from 'pino';
import { type Db, type Executor, isPostgres, nowIso, readerOf, toBool, toNumber, writerOf } from '../db/knex';
import { readAllSqlite } from '../db/quick-read';
import { writeQueue } from '../db/write-queue';
import type { Answers } from '../instrument/answers';
import type { Instrument } from '../instrument/schema';
import { roundInstrument } from '../rounds/queries';
import { RollupBatch, rollupDelta } from './rollups';

export const APPLY_BATCH = 200;
/** pg_try_advisory_xact_lock key of the applier: any fixed 64-bit number. */
const APPLIER_LOCK = 7_146_005_514;

/** The pending row of a submitted response; inserted in the submit's transaction. */
export function pendingRow(responseId: string, roundId: string) {
  return { response_id: responseId, round_id: roundId, created_at: nowIso() };
}

/**
 * Applies up to `limit` pending responses, oldest first, in one transaction.
 * Returns how many it applied (0 also when another run or process got there first).
 */
export async function applyPending(db: Db, limit = APPLY_BATCH): Promise<number> {
  return isPostgres(db) ? applyInTransaction(db, limit) : applyThroughQueue(db, limit);
}

/** PostgreSQL: one transaction of its own, one process at a time (an advisory lock). */
async function applyInTransaction(db: Db, limit: number): Promise<number> {
  return db.transaction(async (trx) => {
    const { rows } = await trx.raw<{ rows: { ok: boolean }[] }>('select pg_try_advisory_xact_lock(?) as ok', [
      APPLIER_LOCK,
    ]);
    if (!rows[0]?.ok) return 0;
    const ids = await pendingIds(trx, limit);
    if (ids.length === 0) return 0;
    await (await collect(trx, ids)).write(trx);
    await trx('rollup_pending').whereIn('response_id', ids).delete();
    return ids.length;
  });
}

/**
 * SQLite: read on a reader connection (the event loop's writer is not held),
 * then one write in the group commit that deletes the pending rows it read
 * and adds them to the rollups. Should any of those rows be gone already
 * (another run applied them), the write fails whole and nothing is applied twice.
 */
async function applyThroughQueue(db: Db, limit: number): Promise<number> {
  const reader = readerOf(db);
  const ids = await pendingIds(reader, limit);
  if (ids.length === 0) return 0;
  const batch = await collect(reader, ids);
  try {
    await writeQueue(db).write([
      { delete: 'rollup_pending', where: { response_id: ids }, expect: ids.length },
      ...batch.steps(),
    ]);
  } catch (err) {
    if ((err as { code?: unknown }).code === 'write_conflict') return 0;
    throw err;
  }
  return ids.length;
}

async function pendingIds(db: Executor, limit: number): Promise<string[]> {
  const pending: { response_id: string }[] = await db('rollup_pending')
    .select('response_id')
    .orderBy('seq')
    .limit(limit);
  return pending.map((p) => p.response_id);
}

/** What the submitted responses `ids` add to the rollups, summed per rollup row. */
async function collect(db: Executor, ids: string[]): Promise<RollupBatch> {
  const responses: {
    id: string;
    round_id: string;
    organisation_id: string;
    region_code: string;
    participants: number | null;
    instrument_version_id: number;
  }[] = await db('responses as r')
    .join('organisations as o', 'o.id', 'r.organisation_id')
    .join('rounds as ro', 'ro.id', 'r.round_id')
    .whereIn('r.id', ids)
    .where('r.status', 'submitted')
    .select('r.id', 'r.round_id', 'r.organisation_id', 'o.region_code', 'r.participants', 'ro.instrument_version_id');
  const answers = new Map<string, Answers>();
  type AnswerRow = { response_id: string; indicator_id: string; value: unknown; not_applicable: unknown };
  // On SQLite one prepared statement for any number of ids (a JSON array); elsewhere knex.
  const rows: AnswerRow[] =
    readAllSqlite<AnswerRow>(
      db,
      'select response_id, indicator_id, value, not_applicable from answers where response_id in (select value from json_each(?))',
      [JSON.stringify(ids)],
    ) ??
    (await db('answers').whereIn('response_id', ids).select('response_id', 'indicator_id', 'value', 'not_applicable'));
  for (const row of rows) {
    const own = answers.get(row.response_id) ?? {};
    answers.set(row.response_id, own);
    own[row.indicator_id] = {
      ...(row.value === null || row.value === undefined ? {} : { value: toNumber(row.value) }),
      ...(toBool(row.not_applicable) ? { na: true } : {}),
    };
  }
  const instruments = new Map<number, Instrument>();
  const batch = new RollupBatch();
  for (const r of responses) {
    let instrument = instruments.get(r.instrument_version_id);
    if (!instrument) {
      instrument = await roundInstrument(db, r);
      instruments.set(r.instrument_version_id, instrument);
    }
    const participants = r.participants === null ? 0 : toNumber(r.participants);
    batch.add(
      { roundId: r.round_id, organisationId: r.organisation_id, regionCode: r.region_code, participants },
      rollupDelta(instrument, answers.get(r.id) ?? {}),
    );
  }
  return batch;
}

/** How current a round's results are: everything submitted before `asOf` is in them. */
export type Freshness = { asOf: string; pending: boolean };

export async function roundFreshness(db: Executor, roundId: string): Promise<Freshness> {
  const row = await db('rollup_pending').where('round_id', roundId).min({ oldest: 'created_at' }).first();
  const oldest = row?.oldest as string | null | undefined;
  return oldest ? { asOf: oldest, pending: true } : { asOf: nowIso(), pending: false };
}

export type ApplierOptions = {
  /** How often the applier looks for pending responses besides being told of a submit (other processes, a restart). */
  intervalMs: number;
  /** How long a results request waits for its round's pending responses before answering with what it has. */
  resultsWaitMs: number;
};

const appliers = new WeakMap<Db, RollupApplier>();

/** One applier for each database handle in a process: the first app that starts it owns it. */
export function startRollupApplier(db: Db, logger: Logger, options: ApplierOptions): RollupApplier {
  let applier = appliers.get(db);
  if (!applier) {
    applier = new RollupApplier(db, logger, options);
    appliers.set(db, applier);
    applier.start();
  }
  return applier;
}

/** A submit committed a pending response: apply it soon. */
export function pendingAdded(db: Db): void {
  appliers.get(db)?.kick();
}

/**
 * The round's freshness for a results response, after waiting (at most the
 * configured time) for its pending responses to be applied.
 */
export async function settledFreshness(db: Executor, roundId: string): Promise<Freshness> {
  const applier = appliers.get(writerOf(db) as Db);
  let freshness = await roundFreshness(db, roundId);
  if (!applier || !freshness.pending || applier.options.resultsWaitMs <= 0) return freshness;
  const until = Date.now() + applier.options.resultsWaitMs;
  while (freshness.pending && Date.now() < until) {
    await Promise.race([applier.kick(), new Promise((r) => setTimeout(r, Math.max(0, until - Date.now())))]);
    freshness = await roundFreshness(db, roundId);
    if (freshness.pending) await new Promise((r) => setTimeout(r, 10));
  }
  return freshness;
}

export class RollupApplier {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    readonly options: ApplierOptions,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.kick(), this.options.intervalMs);
    this.timer.unref();
    void this.kick();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Runs the applier now, or once more after the run in progress; resolves when that run ends. */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async run(): Promise<void> {
    do {
      this.again = false;
      // knex drops its pool when destroyed: this handle is closed for good.
      if (!(this.db.client as { pool?: unknown }).pool) return this.stop();
      try {
        while ((await applyPending(this.db)) === APPLY_BATCH);
      } catch (err) {
        // The rows stay pending and the next run tries again.
        this.logger.warn({ err }, 'applying pending responses to the rollups failed');
        return;
      }
    } while (this.again);
  }
}
