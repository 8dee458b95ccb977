import { randomInt, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import express from 'express';
import pg from 'pg';
import { errorMiddleware } from '../server/src/http/error-middleware';
import { applyBaseMiddleware } from '../server/src/http/middleware';
import { createLogger } from '../server/src/logging';
import type { InvitationInfo } from '../server/src/responses/types';
import {
  freePort,
  loadavg,
  log,
  runScript,
  spawnNode,
  startServerOn,
  stop,
  tempDir,
  waitHealthy,
  waitReady,
} from './harness';
import { ID_SLOT, payloads } from './payloads';
import { type BenchDatabase, freshDatabase, onServer } from './pg';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const RATE = process.env.BENCH_RATE ? Number(process.env.BENCH_RATE) : undefined;
const TOKEN = 'demo-1';
/** `--pg`: against a fresh PostgreSQL database; `--processes <n>`: that many server processes on it. */
const PG = process.argv.includes('--pg');
const PROCESSES = Number(process.argv[process.argv.indexOf('--processes') + 1] ?? 1) || 1;

type Run = { result: autocannon.Result; samples: string[] };

function cannon(url: string, bodies: string[], seconds: number): Promise<Run> {
  const samples: string[] = [];
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        connections: CONNECTIONS,
        ...(RATE ? { overallRate: RATE } : {}),
        duration: seconds,
        headers: { 'content-type': 'application/json' },
        requests: [
          {
            // A new response id on every request, so that each is a new submission.
            setupRequest: (req) => ({ ...req, body: bodies[randomInt(bodies.length)]!.replace(ID_SLOT, randomUUID()) }),
            onResponse: (status, body) => {
              if ((status < 200 || status > 299) && samples.length < 3) samples.push(`${status} ${body.slice(0, 200)}`);
            },
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve({ result, samples })),
    );
  });
}

function describeRun(name: string, { result, samples }: Run): void {
  const codes = Object.entries(result.statusCodeStats ?? {})
    .map(([code, s]) => `${code}:${s.count ?? 0}`)
    .join(' ');
  const l = result.latency;
  console.log(
    `${name}: mean ${result.requests.average.toFixed(1)} req/s (${result['2xx']} 2xx, ${result.non2xx} non-2xx,` +
      ` ${result.errors} errors, ${result.timeouts} timeouts; status ${codes || 'none'})`,
  );
  console.log(`${name}: latency ms p50 ${l.p50} p90 ${l.p90} p97.5 ${l.p97_5} p99 ${l.p99} max ${l.max}`);
  for (const s of samples) console.log(`${name}: sample non-2xx answer ${s}`);
}

/** A bare Express echo, or (`withMiddleware`) one behind this server's own middleware and error handler, at the server's log level. */
async function echoServer(port: number, withMiddleware: boolean): Promise<void> {
  const app = express();
  if (withMiddleware) applyBaseMiddleware(app, createLogger('warn'));
  else app.use('/api', express.json({ limit: '512kb' }));
  app.get('/api/health', (_req, res) => {
    res.json({ ok: true });
  });
  app.post('/api/echo', (req, res) => {
    res.status(201).json(req.body);
  });
  if (withMiddleware) app.use(errorMiddleware);
  app.listen(port, '127.0.0.1');
}

async function echoRun(bodies: string[], withMiddleware: boolean): Promise<Run> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  log(`bench:submit: ${withMiddleware ? "echo with this server's middleware" : 'bare echo'} on ${base}`);
  const echo = spawnNode(['bench/submit.ts', withMiddleware ? '--mw-echo' : '--echo', String(port)], {});
  await waitHealthy(base, echo);
  await cannon(`${base}/api/echo`, bodies, WARMUP_SECONDS);
  const run = await cannon(`${base}/api/echo`, bodies, SECONDS);
  await stop(echo);
  return run;
}

/** CPU time (user + system, all threads) a process has used so far, in ms; undefined where /proc is missing. */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  // Other work on the machine moves the figures: say how busy it was.
  const startLoad = loadavg();
  log(`bench:submit: ${os.cpus().length} CPUs, load average (1, 5, 15 min) ${startLoad} at the start`);
  const dir = tempDir('bench');
  const file = path.join(dir, 'bench.sqlite');
  const pgDb: BenchDatabase | undefined = PG ? await freshDatabase('laatupeili_bench') : undefined;
  const databaseUrl = pgDb ? pgDb.url : `sqlite:${file}`;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  log(
    `bench:submit: starting ${PROCESSES} server process(es) on ${base} with ${pgDb ? `PostgreSQL ${pgDb.name}` : file}`,
  );
  const readyFile = path.join(dir, 'ready');
  const server = startServerOn(databaseUrl, port, {
    processes: PROCESSES,
    readyFile,
    nodeArgs: (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
  });
  await waitHealthy(base, server);
  await waitReady(readyFile, server, PROCESSES);
  const info = (await (await fetch(`${base}/api/invitations/${TOKEN}`)).json()) as InvitationInfo;
  const bodies = payloads(info, 64);
  const check = await fetch(`${base}/api/invitations/${TOKEN}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: bodies[0]!.replace(ID_SLOT, randomUUID()),
  });
  if (check.status !== 201) throw new Error(`a trial submit failed: ${check.status} ${await check.text()}`);
  log(`bench:submit: payload ${Buffer.byteLength(bodies[0]!)} bytes; warming up ${WARMUP_SECONDS} s`);

  const url = `${base}/api/invitations/${TOKEN}/responses`;
  const warm = await cannon(url, bodies, WARMUP_SECONDS);
  log(`bench:submit: real server, ${SECONDS} s at ${CONNECTIONS} connections`);
  const locks = pgDb ? watchLockWaits(pgDb.name) : undefined;
  const cpuBefore = cpuMs(server.pid);
  const real = await cannon(url, bodies, SECONDS);
  const cpuAfter = cpuMs(server.pid);
  const lockWaits = await locks?.stop();
  const stored = pgDb ? await pgFigures(pgDb) : sqliteFigures(file);
  await stop(server);
  await pgDb?.drop();
  const baseline = await echoRun(bodies, false);
  const mwBaseline = await echoRun(bodies, true);

  console.log(
    `machine: ${os.cpus().length} CPUs, load average (1, 5, 15 min) ${startLoad} at the start, ${loadavg()} at the end`,
  );
  console.log(`real: ${PROCESSES} server process(es) on ${pgDb ? 'PostgreSQL' : 'SQLite'}`);
  describeRun('real', real);
  describeRun('echo', baseline);
  describeRun('mw_echo', mwBaseline);
  const acked = 1 + warm.result['2xx'] + real.result['2xx'];
  // Requests still in flight when autocannon stops may be stored without being counted.
  console.log(
    `real: ${acked} submits answered 2xx in all; ${stored.n} submitted responses on ${TOKEN} in the database`,
  );
  if (stored.pending !== undefined)
    console.log(`real: ${stored.pending} responses still pending for the rollups 2 s after the run`);
  if (lockWaits)
    console.log(
      `real: sessions waiting on a lock (sampled every 100 ms): max ${lockWaits.max}, mean ${lockWaits.mean.toFixed(2)} (${lockWaits.samples} samples)`,
    );
  // The server's own CPU per answered submit: much less moved by other work on the machine than the rates.
  if (cpuBefore !== undefined && cpuAfter !== undefined && real.result['2xx'] > 0)
    console.log(`real: server CPU ${((cpuAfter - cpuBefore) / real.result['2xx']).toFixed(2)} ms per submit`);
  const non2xx = real.result.non2xx + real.result.errors + warm.result.non2xx + warm.result.errors;
  console.log(`real: ${non2xx === 0 ? 'every answer was 2xx' : `${non2xx} answers were not 2xx`}`);

  const rps = real.result.requests.average;
  const echoRps = baseline.result.requests.average;
  const mwEchoRps = mwBaseline.result.requests.average;
  console.log(
    `bench:submit rps=${rps.toFixed(1)} echo_rps=${echoRps.toFixed(1)} ratio=${(rps / echoRps).toFixed(3)}` +
      ` mw_echo_rps=${mwEchoRps.toFixed(1)} mw_ratio=${(rps / mwEchoRps).toFixed(3)} p99_ms=${real.result.latency.p99}`,
  );
}

/** What the database holds after the run: submitted responses on the benchmark's link. */
function sqliteFigures(file: string): { n: number; pending?: number } {
  const db = new Database(file, { readonly: true });
  const row = db
    .prepare("SELECT count(*) AS n FROM responses WHERE invitation_token = ? AND status = 'submitted'")
    .get(TOKEN) as { n: number };
  db.close();
  return row;
}

/** The same on PostgreSQL, and how many responses the applier has not folded in 2 s after the run. */
async function pgFigures(db: BenchDatabase): Promise<{ n: number; pending: number }> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    await new Promise((r) => setTimeout(r, 2000));
    const n = await client.query(
      "SELECT count(*)::int AS n FROM responses WHERE invitation_token = $1 AND status = 'submitted'",
      [TOKEN],
    );
    const pending = await client.query('SELECT count(*)::int AS n FROM rollup_pending');
    return { n: n.rows[0].n, pending: pending.rows[0].n };
  } finally {
    await client.end();
  }
}

/**
 * Samples how many of the database's sessions wait on a lock (row locks of
 * shared rollup rows would show here): submits on two processes must not wait
 * on each other.
 */
function watchLockWaits(name: string) {
  const counts: number[] = [];
  let running = true;
  const done = onServer(async (c) => {
    while (running) {
      const { rows } = await c.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'",
        [name],
      );
      counts.push(rows[0].n);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  return {
    async stop() {
      running = false;
      await done;
      return {
        samples: counts.length,
        max: Math.max(0, ...counts),
        mean: counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length),
      };
    },
  };
}

if (process.argv[2] === '--echo' || process.argv[2] === '--mw-echo') {
  await echoServer(Number(process.argv[3]), process.argv[2] === '--mw-echo');
} else {
  // autocannon may leave sockets open: the run ends the process.
  await runScript(main);
}
