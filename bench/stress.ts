import { randomInt, randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Answers } from '../server/src/instrument/answers';
import type { InvitationInfo } from '../server/src/responses/types';
import { freePort, log, spawnNode, startServer, stop, tempDir, waitHealthy } from './harness';

const SECONDS = Number(process.env.STRESS_SECONDS ?? 60);
/** `--cpu-hog`: a CPU-heavy process of its own runs beside the server for the whole run (a busy shared machine). */
const CPU_HOG = process.argv.includes('--cpu-hog');
const RESPONDENTS = Number(process.env.STRESS_RESPONDENTS ?? 200);
/** demo-8 is a working-group link; the individual ones are demo-1 … demo-7. */
const TOKENS = Array.from({ length: 7 }, (_, i) => `demo-${i + 1}`);
const TEXTS = [
  'Ohjauskeskustelun runko käydään läpi tiimipalaverissa.',
  'Palaute on myönteistä; ajanvarausta kehitetään. "Lainaus" & <merkit>',
  'Ei vielä sovittu — kehittämiskohde ✓',
];

type Reply = { status: number; body: Record<string, unknown> };

const stats = { requests: 0, acked: 0, duplicateAcks: 0, staleRefused: 0, journeys: 0 };
const problems: string[] = [];
/** Every acknowledged submission: response id → the answers it was acknowledged with. */
const acked = new Map<string, Answers>();
/** How many replies said "stored now" (duplicate: false) for one id: more than one is a duplicate. */
const firstAcks = new Map<string, number>();
const started = new Set<string>();
let errors = 0;

function fail(message: string): void {
  errors++;
  if (problems.length < 20) problems.push(message);
}

async function send(base: string, method: string, url: string, body?: unknown): Promise<Reply | undefined> {
  stats.requests++;
  try {
    const res = await fetch(base + url, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
  } catch (err) {
    fail(`${method} ${url}: ${(err as Error).message}`);
    return undefined;
  }
}

/** Expects one of the statuses; anything else (5xx, an unexpected 4xx) is an error. */
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
      return [
        id,
        randomInt(100) < 15
          ? { value: 1 + randomInt(5), text: TEXTS[randomInt(TEXTS.length)] }
          : { value: 1 + randomInt(5) },
      ];
    }),
  );
}

function recordSubmit(reply: Reply, id: string, answers: Answers): void {
  if (reply.body.id !== id) {
    fail(`submit of ${id} answered for ${String(reply.body.id)}`);
    return;
  }
  acked.set(id, answers);
  stats.acked++;
  if (reply.body.duplicate === true) stats.duplicateAcks++;
  else firstAcks.set(id, (firstAcks.get(id) ?? 0) + 1);
}

/** One respondent's visit: start, autosave a few times, submit. */
async function journey(base: string, ratingIds: string[]): Promise<void> {
  const token = TOKENS[randomInt(TOKENS.length)]!;
  const id = randomUUID();
  started.add(id);
  const start = { id, language: 'fi' };
  let reply = await send(base, 'POST', `/api/invitations/${token}/drafts`, start);
  if (!expectStatus(reply, 'start', 201)) return;
  // A start whose reply was "lost": the same draft again, with a fresh resume code.
  if (randomInt(100) < 10) {
    reply = await send(base, 'POST', `/api/invitations/${token}/drafts`, start);
    if (!expectStatus(reply, 'start again', 201)) return;
    if (reply.body.id !== id) return fail(`a retried start gave another draft ${String(reply.body.id)}`);
  }
  const code = String(reply.body.resumeCode);
  let revision = Number(reply.body.revision);

  const final = completeAnswers(ratingIds);
  const saves = 2 + randomInt(4);
  for (let s = 1; s <= saves; s++) {
    const partial = Object.fromEntries(Object.entries(final).slice(0, Math.ceil((ratingIds.length * s) / (saves + 1))));
    const body = { revision, answers: partial };
    const saved = await send(base, 'PUT', `/api/drafts/${code}`, body);
    if (!expectStatus(saved, 'save', 200)) return;
    if (saved.body.revision !== revision + 1)
      return fail(`save on revision ${revision} gave ${String(saved.body.revision)}`);
    // The same save replayed (its reply was lost): accepted, nothing changes.
    if (randomInt(100) < 15) {
      const replay = await send(base, 'PUT', `/api/drafts/${code}`, body);
      if (!expectStatus(replay, 'replayed save', 200)) return;
      if (replay.body.revision !== revision + 1)
        return fail(`a replayed save gave revision ${String(replay.body.revision)}`);
    }
    // A save from a stale tab: refused, the newer answers stay.
    if (randomInt(100) < 5) {
      const stale = await send(base, 'PUT', `/api/drafts/${code}`, { revision, answers: {} });
      if (!expectStatus(stale, 'stale save', 409)) return;
      if ((stale.body.error as { code?: string } | undefined)?.code !== 'stale_revision')
        return fail('a stale save was not refused as stale_revision');
      stats.staleRefused++;
    }
    revision += 1;
  }

  const submit = { revision, answers: final };
  const clicks = randomInt(100) < 20 ? 2 : 1;
  const replies = await Promise.all(
    Array.from({ length: clicks }, () => send(base, 'POST', `/api/drafts/${code}/submit`, submit)),
  );
  for (const r of replies) if (expectStatus(r, 'submit', 200, 201)) recordSubmit(r, id, final);
  if (randomInt(100) < 10) {
    const again = await send(base, 'POST', `/api/drafts/${code}/submit`, submit);
    if (expectStatus(again, 'submit again', 200)) recordSubmit(again, id, final);
  }
  stats.journeys++;
}

type AnswerRow = { indicator_id: string; value: number | null; not_applicable: number; text: string | null };

/** What the database must hold for one acknowledged submission. */
function expectedRows(answers: Answers): Map<string, Omit<AnswerRow, 'indicator_id'>> {
  return new Map(
    Object.entries(answers).map(([indicator, a]) => [
      indicator,
      { value: a.value ?? null, not_applicable: a.na ? 1 : 0, text: a.text?.trim() ? a.text : null },
    ]),
  );
}

function checkDatabase(file: string) {
  const db = new Database(file, { readonly: true });
  const response = db.prepare('SELECT status FROM responses WHERE id = ?');
  const rows = db.prepare('SELECT indicator_id, value, not_applicable, text FROM answers WHERE response_id = ?');
  let lost = 0;
  let duplicated = 0;
  for (const [id, answers] of acked) {
    const row = response.get(id) as { status: string } | undefined;
    const stored = rows.all(id) as AnswerRow[];
    const want = expectedRows(answers);
    const missing = [...want].filter(([indicator, w]) => {
      const got = stored.find((r) => r.indicator_id === indicator);
      return !got || got.value !== w.value || got.not_applicable !== w.not_applicable || got.text !== w.text;
    });
    if (row?.status !== 'submitted' || missing.length > 0) {
      lost++;
      if (problems.length < 20)
        problems.push(`lost ${id}: status ${row?.status}, ${missing.length} answers missing or changed`);
    }
    if (stored.length > want.size || (firstAcks.get(id) ?? 0) > 1) {
      duplicated++;
      if (problems.length < 20)
        problems.push(`duplicated ${id}: ${stored.length} rows, ${firstAcks.get(id)} first acks`);
    }
  }
  // Submitted responses this run started but never had acknowledged (only a failed request may leave one).
  const submitted = db.prepare("SELECT id FROM responses WHERE status = 'submitted'").all() as { id: string }[];
  const unacked = submitted.filter((r) => started.has(r.id) && !acked.has(r.id)).length;
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
    .map((r) => r.integrity_check)
    .join('; ');
  db.close();
  return { lost, duplicated, unacked, integrity };
}

async function main(): Promise<number> {
  const file = path.join(tempDir('stress'), 'stress.sqlite');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  log(`stress: starting the server on ${base} with ${file}`);
  const server = startServer(file, port);
  await waitHealthy(base, server);
  const info = (await (await fetch(`${base}/api/invitations/${TOKENS[0]}`)).json()) as InvitationInfo;
  const ratingIds = info.instrument.areas.flatMap((a) =>
    a.standards.flatMap((s) => s.indicators.filter((i) => i.kind === 'rating').map((i) => i.id)),
  );

  // Started after the server is up: the run, not the start-up, is what must hold under it.
  const hog = CPU_HOG
    ? spawnNode(['-e', 'let x = 0; for (;;) x = (x + Math.sqrt(x + 1)) % 1e9;'], {}, ['--max-old-space-size=64'])
    : undefined;
  if (hog) log(`stress: a CPU-heavy process (pid ${hog.pid}) runs beside the server`);
  log(`stress: ${RESPONDENTS} respondents for ${SECONDS} s`);
  const began = Date.now();
  const deadline = began + SECONDS * 1000;
  const progress = setInterval(() => {
    log(
      `stress: ${Math.round((Date.now() - began) / 1000)} s, ${stats.requests} requests, ${stats.acked} acks, ${errors} errors`,
    );
  }, 10_000);
  await Promise.all(
    Array.from({ length: RESPONDENTS }, async () => {
      while (Date.now() < deadline) await journey(base, ratingIds);
    }),
  );
  clearInterval(progress);
  const elapsed = (Date.now() - began) / 1000;
  if (hog) await stop(hog);
  await stop(server);

  const result = checkDatabase(file);
  console.log(
    `stress: ${stats.journeys} journeys, ${stats.requests} requests in ${elapsed.toFixed(1)} s (${(stats.requests / elapsed).toFixed(1)} req/s)`,
  );
  console.log(
    `stress: ${stats.acked} submit replies 2xx for ${acked.size} responses (${stats.duplicateAcks} said duplicate), ${stats.staleRefused} stale saves refused`,
  );
  console.log(`stress: ${result.unacked} submitted responses never acknowledged; integrity_check ${result.integrity}`);
  for (const p of problems) console.log(`stress: problem: ${p}`);
  const bad = result.lost + result.duplicated + errors + (result.integrity === 'ok' ? 0 : 1);
  if (hog) console.log('stress: a CPU-heavy process ran beside the server throughout');
  console.log(`stress acked=${acked.size} lost=${result.lost} duplicated=${result.duplicated} errors=${errors}`);
  return bad > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (err) {
  console.error(err);
  process.exitCode = 1;
}
process.exit();
