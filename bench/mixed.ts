/**
 * `npm run bench:mixed`: the day a round closes. 200 simulated respondents
 * start drafts, autosave and submit at full speed (in a process of their
 * own), while a quality manager's report and a region view are requested
 * every 200 ms (from this process, which does little else, so that its own
 * timings are not those of a busy load generator). Last line:
 *   bench:mixed submit_rps=<n> report_p95_ms=<n> autosave_p99_ms=<n>
 * Targets: report_p95_ms ≤ 150, autosave_p99_ms ≤ 150.
 */
import { randomInt, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD, DEMO_USERS } from '../seeds/demo';
import type { InvitationInfo } from '../server/src/responses/types';
import {
  exited,
  freePort,
  loadavg,
  log,
  runScript,
  spawnNode,
  startServer,
  stop,
  tempDir,
  waitHealthy,
} from './harness';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const RESPONDENTS = Number(process.env.BENCH_RESPONDENTS ?? 200);
const REPORT_EVERY_MS = 200;
/** The individual demo links. */
const TOKENS = Array.from({ length: 7 }, (_, i) => `demo-${i + 1}`);

const percentile = (xs: number[], p: number) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

type RespondentResult = {
  autosaves: number[];
  submits: number;
  starts: number;
  errors: number;
  samples: string[];
  /** The slowest autosaves: when they were sent (seconds into the run) and how long they took. */
  slow: string[];
};

/** The respondents' process: journeys until the deadline, then its figures to `out`. */
async function respondents(base: string, seconds: number, out: string): Promise<void> {
  const result: RespondentResult = { autosaves: [], submits: 0, starts: 0, errors: 0, samples: [], slow: [] };
  const began = Date.now();
  const info = (await (await fetch(`${base}/api/invitations/${TOKENS[0]}`)).json()) as InvitationInfo;
  const ids = info.instrument.areas.flatMap((a) =>
    a.standards.flatMap((s) => s.indicators.filter((i) => i.kind === 'rating').map((i) => i.id)),
  );
  const call = async (method: string, url: string, body: unknown, ok: number[]) => {
    const started = performance.now();
    try {
      const res = await fetch(base + url, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      const json = (await res.json()) as Record<string, unknown>;
      if (!ok.includes(res.status)) {
        result.errors++;
        if (result.samples.length < 5) result.samples.push(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`);
        return undefined;
      }
      return { json, ms: performance.now() - started };
    } catch (err) {
      result.errors++;
      if (result.samples.length < 5) result.samples.push(`${method} ${url}: ${(err as Error).message}`);
      return undefined;
    }
  };
  const deadline = Date.now() + seconds * 1000;
  const journey = async () => {
    const started = await call(
      'POST',
      `/api/invitations/${TOKENS[randomInt(TOKENS.length)]}/drafts`,
      { id: randomUUID(), language: 'fi' },
      [201],
    );
    if (!started) return;
    result.starts++;
    const code = String(started.json.resumeCode);
    let revision = Number(started.json.revision);
    const answers = Object.fromEntries(ids.map((id) => [id, { value: 1 + randomInt(5) }]));
    const saves = 3;
    for (let s = 1; s <= saves && Date.now() < deadline; s++) {
      const partial = Object.fromEntries(Object.entries(answers).slice(0, Math.ceil((ids.length * s) / (saves + 1))));
      const saved = await call('PUT', `/api/drafts/${code}`, { revision, answers: partial }, [200]);
      if (!saved) return;
      result.autosaves.push(saved.ms);
      if (saved.ms > 1000 && result.slow.length < 10)
        result.slow.push(`${((Date.now() - saved.ms - began) / 1000).toFixed(1)} s: ${saved.ms.toFixed(0)} ms`);
      revision += 1;
    }
    if (Date.now() >= deadline) return;
    if (await call('POST', `/api/drafts/${code}/submit`, { revision, answers }, [200, 201])) result.submits++;
  };
  await Promise.all(
    Array.from({ length: RESPONDENTS }, async () => {
      while (Date.now() < deadline) await journey();
    }),
  );
  fs.writeFileSync(out, JSON.stringify(result));
}

async function signIn(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (res.status !== 201) throw new Error(`signing in ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.includes('='));
  if (!cookie) throw new Error(`signing in ${email} set no cookie`);
  return cookie.split(';')[0]!;
}

async function main(): Promise<void> {
  const startLoad = loadavg();
  log(`bench:mixed: ${os.cpus().length} CPUs, load average (1, 5, 15 min) ${startLoad} at the start`);
  const dir = tempDir('mixed');
  const file = path.join(dir, 'mixed.sqlite');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = startServer(file, port, (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean));
  await waitHealthy(base, server);

  const manager = DEMO_USERS.find((u) => u.role === 'manager')!;
  const coordinator = DEMO_USERS.find((u) => u.role === 'coordinator')!;
  const managerCookie = await signIn(base, manager.email);
  const coordinatorCookie = await signIn(base, coordinator.email);
  const info = (await (await fetch(`${base}/api/invitations/${TOKENS[0]}`)).json()) as InvitationInfo;
  const roundId = info.round.id;
  const reports = [
    {
      name: "quality manager's report",
      url: `/api/rounds/${roundId}/organisations/${manager.organisationIds[0]}/results`,
      cookie: managerCookie,
    },
    {
      name: 'region view',
      url: `/api/rounds/${roundId}/regions/${coordinator.regionCode}/results`,
      cookie: coordinatorCookie,
    },
  ];
  for (const r of reports) {
    const res = await fetch(base + r.url, { headers: { cookie: r.cookie } });
    if (res.status !== 200) throw new Error(`${r.name}: ${res.status} ${await res.text()}`);
  }

  log(
    `bench:mixed: ${RESPONDENTS} respondents at full speed for ${SECONDS} s; the two reports every ${REPORT_EVERY_MS} ms`,
  );
  const out = path.join(dir, 'respondents.json');
  const began = Date.now();
  const child = spawnNode(['bench/mixed.ts', '--respondents', base, String(SECONDS), out], {});
  const reportTimes: number[] = [];
  let reportErrors = 0;
  // Both reports every 200 ms, each timed from the moment it is asked for.
  while (child.exitCode === null && Date.now() - began < (SECONDS + 60) * 1000) {
    const tick = Date.now();
    await Promise.all(
      reports.map(async (r) => {
        const started = performance.now();
        const res = await fetch(base + r.url, { headers: { cookie: r.cookie } });
        await res.arrayBuffer();
        if (res.status !== 200) reportErrors++;
        if (Date.now() - began < SECONDS * 1000) reportTimes.push(performance.now() - started);
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, REPORT_EVERY_MS - (Date.now() - tick))));
  }
  await exited(child);
  await stop(server);
  if (!fs.existsSync(out)) throw new Error('the respondents process ended without its figures');
  const result = JSON.parse(fs.readFileSync(out, 'utf8')) as RespondentResult;

  console.log(
    `machine: ${os.cpus().length} CPUs, load average (1, 5, 15 min) ${startLoad} at the start, ${loadavg()} at the end`,
  );
  console.log(
    `respondents: ${result.starts} drafts started, ${result.autosaves.length} autosaves, ${result.submits} submits, ${result.errors} errors`,
  );
  for (const s of result.samples) console.log(`respondents: sample error ${s}`);
  if (result.slow.length > 0) console.log(`respondents: autosaves over 1 s (sent at): ${result.slow.join(', ')}`);
  console.log(
    `autosave: latency ms p50 ${percentile(result.autosaves, 50).toFixed(0)} p95 ${percentile(result.autosaves, 95).toFixed(0)} p99 ${percentile(result.autosaves, 99).toFixed(0)} max ${Math.max(...result.autosaves).toFixed(0)}`,
  );
  console.log(
    `reports: ${reportTimes.length} requests (${reportErrors} not 200), latency ms p50 ${percentile(reportTimes, 50).toFixed(0)} p95 ${percentile(reportTimes, 95).toFixed(0)} max ${Math.max(...reportTimes).toFixed(0)}`,
  );
  console.log(
    `bench:mixed submit_rps=${(result.submits / SECONDS).toFixed(1)} report_p95_ms=${percentile(reportTimes, 95).toFixed(0)} autosave_p99_ms=${percentile(result.autosaves, 99).toFixed(0)}`,
  );
}

if (process.argv[2] === '--respondents') {
  await respondents(process.argv[3]!, Number(process.argv[4]), process.argv[5]!);
  process.exit();
} else {
  await runScript(main);
}
