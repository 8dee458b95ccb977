/**
 * Crash test (issue "Proven at scale"): the real server on a fresh SQLite
 * file under load (whole-response submits and draft journeys), killed with
 * SIGKILL at random moments and restarted on the same file. A request cut
 * off by a crash is retried unchanged once the server is back, as the client
 * does: every write is idempotent. At the end, every acknowledged submission
 * must be in the database with exactly its answers, and PRAGMA
 * integrity_check must say ok.
 *
 *   npm run test:crash      (CRASH_RESTARTS=10, CRASH_WORKERS=40)
 *
 * Progress goes to stderr, figures to stdout; the exit code is non-zero on failure.
 */
import type { ChildProcess } from 'node:child_process';
import { randomInt, randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Answers } from '../server/src/instrument/answers';
import type { InvitationInfo } from '../server/src/responses/types';
import { exited, freePort, log, startServer, tempDir, waitHealthy } from './harness';

const RESTARTS = Number(process.env.CRASH_RESTARTS ?? 10);
const WORKERS = Number(process.env.CRASH_WORKERS ?? 40);
const TOKENS = Array.from({ length: 7 }, (_, i) => `demo-${i + 1}`);
const TEXT = 'Käymme ohjauskeskustelun rungon läpi tiimipalaverissa – "kerran" lukukaudessa.';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Reply = { status: number; body: Record<string, unknown> };

/** Every acknowledged submission: response id → the answers it was acknowledged with. */
const acked = new Map<string, Answers>();
const stats = { requests: 0, cutOff: 0, wholeSubmits: 0, draftSubmits: 0, storedBeforeCrash: 0 };
const problems: string[] = [];
let errors = 0;
let stopping = false;

function fail(message: string): void {
  errors++;
  if (problems.length < 20) problems.push(message);
}

/** The server of the moment; requests wait while it is down. */
class Server {
  child: ChildProcess | undefined;
  private up: Promise<void> = Promise.resolve();
  private markUp: () => void = () => undefined;

  constructor(
    readonly file: string,
    readonly base: string,
    readonly port: number,
  ) {}

  async start(): Promise<void> {
    this.child = startServer(this.file, this.port);
    await waitHealthy(this.base, this.child);
    this.markUp();
  }

  async kill(): Promise<void> {
    this.up = new Promise((resolve) => {
      this.markUp = resolve;
    });
    const child = this.child!;
    child.kill('SIGKILL');
    await exited(child);
  }

  async stop(): Promise<void> {
    const child = this.child!;
    child.kill('SIGTERM');
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited(child);
    clearTimeout(force);
  }

  /** Sends until an HTTP answer comes: a request cut off by a crash is sent again, unchanged. */
  async send(method: string, url: string, body: unknown): Promise<Reply | undefined> {
    for (let attempt = 0; attempt < 100; attempt++) {
      await this.up;
      stats.requests++;
      try {
        const res = await fetch(this.base + url, {
          method,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(30_000),
        });
        const text = await res.text();
        return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
      } catch {
        stats.cutOff++;
        await sleep(50);
      }
    }
    fail(`${method} ${url}: no answer after 100 attempts`);
    return undefined;
  }
}

function expectStatus(reply: Reply | undefined, what: string, ...statuses: number[]): reply is Reply {
  if (!reply) return false;
  if (statuses.includes(reply.status)) return true;
  fail(`${what}: ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`);
  return false;
}

function completeAnswers(ratingIds: string[]): Answers {
  return Object.fromEntries(
    ratingIds.map((id) => {
      if (randomInt(100) < 5) return [id, { na: true }];
      return [id, randomInt(100) < 20 ? { value: 1 + randomInt(5), text: TEXT } : { value: 1 + randomInt(5) }];
    }),
  );
}

function record(reply: Reply, id: string, answers: Answers): void {
  if (reply.body.id !== id) {
    fail(`submit of ${id} answered for ${String(reply.body.id)}`);
    return;
  }
  acked.set(id, answers);
  // Each submit is sent once unless a crash cut it off: a duplicate is one stored just before a crash.
  if (reply.body.duplicate === true) stats.storedBeforeCrash++;
}

async function wholeSubmit(server: Server, ratingIds: string[]): Promise<void> {
  const id = randomUUID();
  const answers = completeAnswers(ratingIds);
  const token = TOKENS[randomInt(TOKENS.length)]!;
  const reply = await server.send('POST', `/api/invitations/${token}/responses`, { id, language: 'fi', answers });
  if (expectStatus(reply, 'whole submit', 200, 201)) record(reply, id, answers);
  stats.wholeSubmits++;
}

async function draftJourney(server: Server, ratingIds: string[]): Promise<void> {
  const id = randomUUID();
  const token = TOKENS[randomInt(TOKENS.length)]!;
  const started = await server.send('POST', `/api/invitations/${token}/drafts`, { id, language: 'fi' });
  if (!expectStatus(started, 'start', 201)) return;
  const code = String(started.body.resumeCode);
  let revision = Number(started.body.revision);
  const answers = completeAnswers(ratingIds);
  const saves = 1 + randomInt(3);
  for (let s = 1; s <= saves; s++) {
    const partial = Object.fromEntries(
      Object.entries(answers).slice(0, Math.ceil((ratingIds.length * s) / (saves + 1))),
    );
    const saved = await server.send('PUT', `/api/drafts/${code}`, { revision, answers: partial });
    if (!expectStatus(saved, 'save', 200)) return;
    revision = Number(saved.body.revision);
  }
  const reply = await server.send('POST', `/api/drafts/${code}/submit`, { revision, answers });
  if (expectStatus(reply, 'draft submit', 200, 201)) record(reply, id, answers);
  stats.draftSubmits++;
}

type AnswerRow = { indicator_id: string; value: number | null; not_applicable: number; text: string | null };

function checkDatabase(file: string): { lost: number; integrity: string } {
  const db = new Database(file);
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
    .map((r) => r.integrity_check)
    .join('; ');
  const response = db.prepare('SELECT status FROM responses WHERE id = ?');
  const rows = db.prepare('SELECT indicator_id, value, not_applicable, text FROM answers WHERE response_id = ?');
  let lost = 0;
  for (const [id, answers] of acked) {
    const row = response.get(id) as { status: string } | undefined;
    const stored = new Map((rows.all(id) as AnswerRow[]).map((r) => [r.indicator_id, r]));
    const complete =
      stored.size === Object.keys(answers).length &&
      Object.entries(answers).every(([indicator, a]) => {
        const got = stored.get(indicator);
        return (
          got !== undefined &&
          got.value === (a.value ?? null) &&
          got.not_applicable === (a.na ? 1 : 0) &&
          got.text === (a.text?.trim() ? a.text : null)
        );
      });
    if (row?.status !== 'submitted' || !complete) {
      lost++;
      if (problems.length < 20) problems.push(`lost ${id}: status ${row?.status}, ${stored.size} answer rows`);
    }
  }
  db.close();
  return { lost, integrity };
}

async function main(): Promise<number> {
  const file = path.join(tempDir('crash'), 'crash.sqlite');
  const port = await freePort();
  const server = new Server(file, `http://127.0.0.1:${port}`, port);
  log(`crash: starting the server on ${server.base} with ${file}`);
  await server.start();
  const info = (await (await fetch(`${server.base}/api/invitations/${TOKENS[0]}`)).json()) as InvitationInfo;
  const ratingIds = info.instrument.areas.flatMap((a) =>
    a.standards.flatMap((s) => s.indicators.filter((i) => i.kind === 'rating').map((i) => i.id)),
  );

  const workers = Array.from({ length: WORKERS }, async () => {
    while (!stopping) {
      if (randomInt(100) < 60) await wholeSubmit(server, ratingIds);
      else await draftJourney(server, ratingIds);
    }
  });
  let restarts = 0;
  for (let i = 0; i < RESTARTS; i++) {
    await sleep(200 + randomInt(2300));
    await server.kill();
    log(`crash: killed (${i + 1}/${RESTARTS}) with ${acked.size} acked; restarting`);
    await server.start();
    restarts++;
  }
  await sleep(1000);
  stopping = true;
  await Promise.all(workers);
  await server.stop();

  const { lost, integrity } = checkDatabase(file);
  console.log(
    `crash: ${stats.requests} requests, ${stats.cutOff} cut off by a crash and sent again; ${stats.wholeSubmits} whole submits, ${stats.draftSubmits} draft submits`,
  );
  console.log(
    `crash: ${stats.storedBeforeCrash} submits were stored before a crash cut off their reply and were recognised on retry`,
  );
  console.log(`crash: ${errors} unexpected answers`);
  for (const p of problems) console.log(`crash: problem: ${p}`);
  console.log(`crash restarts=${restarts} acked=${acked.size} lost=${lost} integrity=${integrity}`);
  return lost > 0 || integrity !== 'ok' || errors > 0 || restarts < RESTARTS ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (err) {
  console.error(err);
  process.exitCode = 1;
}
process.exit();
