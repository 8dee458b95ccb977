/**
 * `npm run bench:results`: the national-scale dataset on SQLite (`-- --pg`:
 * on a fresh PostgreSQL database, dropped at the end), every results endpoint
 * measured over HTTP against the real app, and a plain full-scan GROUP BY over
 * the answers as the baseline.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createApp } from '../server/src/app';
import { SESSION_COOKIE } from '../server/src/auth/middleware';
import { createSession } from '../server/src/auth/sessions';
import { ROOT_DIR } from '../server/src/config';
import { nowIso } from '../server/src/db/knex';
import { loadNationalDataset, ROUND_ID, tempDatabaseFile } from './dataset';
import { loadavg } from './harness';
import { freshDatabase } from './pg';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 25);
const log = (msg: string) => process.stderr.write(`${msg}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const startLoad = loadavg();
const pgDb = process.argv.includes('--pg') ? await freshDatabase('laatupeili_bench_results') : undefined;
const file = tempDatabaseFile('results');
log(`bench:results on ${pgDb ? `PostgreSQL ${pgDb.name}` : `SQLite ${file}`}`);
const loaded = await loadNationalDataset(pgDb?.url ?? file);
const { db } = loaded;
log(
  `dataset: ${loaded.rows} rows loaded in ${loaded.loadSeconds.toFixed(1)} s, rollups in ${loaded.rollupSeconds.toFixed(1)} s`,
);

const adminId = '00000000-0000-4000-8000-0000000bench';
await db('users').insert({
  id: adminId,
  email: 'bench@laatupeili.example',
  name: 'Bench',
  password_hash: 'x',
  role: 'admin',
  disabled: false,
  created_at: nowIso(),
});
const session = await createSession(db, adminId);
const app = createApp({ db, logger: pino({ level: 'silent' }), clientDir: `${ROOT_DIR}/client/dist` });
const server = app.listen(0);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
const headers = { cookie: `${SESSION_COOKIE}=${session.token}` };

const pick = <T>(xs: T[], i: number) => xs[((i + 3) * 7919) % xs.length]!;
const endpoints: { name: string; url: (i: number) => string }[] = [
  {
    name: 'organisation report',
    url: (i) => `/rounds/${ROUND_ID}/organisations/${pick(loaded.organisationIds, i)}/results`,
  },
  {
    name: 'organisation report csv',
    url: (i) => `/rounds/${ROUND_ID}/organisations/${pick(loaded.organisationIds, i)}/results.csv`,
  },
  {
    name: 'organisation report xlsx',
    url: (i) => `/rounds/${ROUND_ID}/organisations/${pick(loaded.organisationIds, i)}/results.xlsx`,
  },
  { name: 'region view', url: (i) => `/rounds/${ROUND_ID}/regions/${pick(loaded.regionCodes, i)}/results` },
  { name: 'region view csv', url: (i) => `/rounds/${ROUND_ID}/regions/${pick(loaded.regionCodes, i)}/results.csv` },
  { name: 'region view xlsx', url: (i) => `/rounds/${ROUND_ID}/regions/${pick(loaded.regionCodes, i)}/results.xlsx` },
  { name: 'country view', url: () => `/rounds/${ROUND_ID}/results` },
  { name: 'country view csv', url: () => `/rounds/${ROUND_ID}/results.csv` },
  { name: 'country view xlsx', url: () => `/rounds/${ROUND_ID}/results.xlsx` },
];

let worst = 0;
for (const e of endpoints) {
  const times: number[] = [];
  for (let i = -3; i < REPEAT; i++) {
    const started = performance.now();
    const res = await fetch(base + e.url(i), { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${e.name}: HTTP ${res.status}`);
    if (i >= 0) times.push(performance.now() - started);
  }
  const p50 = median(times);
  worst = Math.max(worst, p50);
  console.log(`${e.name.padEnd(26)} p50 ${p50.toFixed(1)} ms  max ${Math.max(...times).toFixed(1)} ms`);
}

// The raw answer dump streams every answer: reported, not part of the p50 target.
{
  const started = performance.now();
  const res = await fetch(`${base}/rounds/${ROUND_ID}/answers.csv`, { headers });
  const bytes = (await res.arrayBuffer()).byteLength;
  console.log(
    `raw answers csv (stream)   ${(performance.now() - started).toFixed(0)} ms for ${(bytes / 1e6).toFixed(0)} MB`,
  );
}

const baselineTimes: number[] = [];
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  await db.raw(
    'select organisation_id, indicator_id, count(value) as n, avg(value) as mean from answers where round_id = ? group by organisation_id, indicator_id',
    [ROUND_ID],
  );
  baselineTimes.push(performance.now() - started);
}
const baseline = median(baselineTimes);
console.log(`baseline: full-scan GROUP BY over ${loaded.rows} rows: ${baseline.toFixed(0)} ms (median of 5)`);
server.close();
await db.destroy();
await pgDb?.drop();
fs.rmSync(path.dirname(file), { recursive: true, force: true });
console.log(
  `machine: ${os.cpus().length} CPUs, load average (1, 5, 15 min) ${startLoad} at the start, ${loadavg()} at the end`,
);
console.log(
  `bench:results endpoints_p50_max_ms=${worst.toFixed(1)} baseline_ms=${baseline.toFixed(0)} speedup=${(baseline / worst).toFixed(1)}`,
);
