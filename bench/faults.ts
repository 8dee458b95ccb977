/**
 * `npm run test:faults`: each database fault reproduced under load, as an
 * outside tester would, with a load generator that behaves like the
 * respondent's page (its offline queue sends a refused or unanswered submit
 * again, with the same response id, until it is answered 2xx). Each case ends
 * with one line:
 *
 *   faults case=<name> acked=<n> lost=<n> duplicated=<n> recovered=<yes|after-restart|no> …
 *
 * acked: responses answered 2xx; lost: of those, not in the database;
 * duplicated: stored twice, or with other answers than sent, or counted
 * other than once in the rollups.
 *
 * Cases (`-- --case <name>` runs one):
 * - pg-terminate: every connection of the benchmark's PostgreSQL database cut
 *   (pg_terminate_backend) three times under load; two server processes.
 * - pg-restart (only with `-- --pg-restart`: it stops the PostgreSQL cluster
 *   other work on the machine shares, for a few seconds): stopped, then
 *   started again under load.
 * - sqlite-full: the SQLite file on a small tmpfs filled up under load
 *   (503 storage_full, /api/health 503), then space freed: recovery without a
 *   restart.
 * - sqlite-readonly: the file system of the SQLite file turned read-only
 *   under load (ext4 on a loop device, its error switch: the kernel remounts
 *   it read-only, as on a failing disk): 503 database_unavailable, health 503.
 *   Such a file system only becomes writable again unmounted, so the server
 *   is restarted on it after a file-system check (recovered=after-restart).
 * A case that lacks root, PostgreSQL or a tool says so and is skipped. CI
 * does not run this script.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, type Db } from '../server/src/db/knex';
import type { InvitationInfo } from '../server/src/responses/types';
import { freePort, loadavg, log, runScript, startServerOn, stop, tempDir, waitHealthy, waitReady } from './harness';
import { ID_SLOT, payloads } from './payloads';
import { freshDatabase, onServer, postgresReachable, serverAddress } from './pg';

const TOKEN = 'demo-1';
const CONCURRENCY = Number(process.env.FAULTS_CONCURRENCY ?? 8);
const RESEND_MS = 250;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The respondent's pages: each submit sent until it is answered 2xx, with the same id. */
class Respondents {
  readonly sent = new Map<string, string>(); // id → body
  readonly acked = new Set<string>();
  readonly statuses = new Map<string, number>();
  resent = 0;
  private readonly waiting: string[] = [];
  private generating = true;
  private running: Promise<void>[] = [];

  constructor(
    private readonly base: string,
    private readonly bodies: string[],
  ) {}

  start(): void {
    this.running = Array.from({ length: CONCURRENCY }, () => this.worker());
  }

  /** Stops new submits and waits until every one sent is answered 2xx (or `timeoutMs` passes). */
  async finish(timeoutMs: number): Promise<boolean> {
    this.generating = false;
    const until = Date.now() + timeoutMs;
    while (this.acked.size < this.sent.size && Date.now() < until) await sleep(100);
    this.until = 0;
    await Promise.all(this.running);
    return this.acked.size === this.sent.size;
  }

  private until = Number.POSITIVE_INFINITY;

  private count(key: string) {
    this.statuses.set(key, (this.statuses.get(key) ?? 0) + 1);
  }

  private async worker(): Promise<void> {
    while (Date.now() < this.until) {
      let id = this.waiting.shift();
      if (id) this.resent++;
      else if (this.generating) {
        id = randomUUID();
        this.sent.set(id, this.bodies[this.sent.size % this.bodies.length]!.replace(ID_SLOT, id));
      } else {
        if (this.acked.size === this.sent.size) return;
        await sleep(50);
        continue;
      }
      const ok = await this.send(id);
      if (ok) this.acked.add(id);
      else {
        await sleep(RESEND_MS);
        this.waiting.push(id);
      }
    }
  }

  private async send(id: string): Promise<boolean> {
    try {
      const res = await fetch(`${this.base}/api/invitations/${TOKEN}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: this.sent.get(id),
        signal: AbortSignal.timeout(20_000),
      });
      const text = await res.text();
      let code = '';
      try {
        code = (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? '';
      } catch {}
      this.count(`${res.status}${code ? ` ${code}` : ''}`);
      if (res.status >= 200 && res.status < 300) return true;
      // The page keeps what the server could not take now (503) or did not answer; anything else is a bug here.
      if (res.status !== 503 && res.status < 500) log(`faults: unexpected ${res.status} ${text.slice(0, 200)}`);
      return false;
    } catch {
      this.count('no-answer');
      return false;
    }
  }

  describe(): string {
    return [...this.statuses].map(([k, n]) => `${k.replace(' ', ':')}=${n}`).join(' ');
  }
}

async function health(base: string): Promise<string> {
  try {
    const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(10_000) });
    if (res.ok) return '200';
    const body = (await res.json().catch(() => ({}))) as { error?: { code?: string } };
    return `${res.status}:${body.error?.code ?? '?'}`;
  } catch {
    return 'no-answer';
  }
}

async function waitHealth(base: string, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if ((await health(base)) === '200') return true;
    await sleep(250);
  }
  return false;
}

/** What the database holds of the sent responses, once the applier has folded in what was pending. */
async function verify(databaseUrl: string, who: Respondents, expected: Map<string, number>) {
  const db: Db = databaseUrl.startsWith('sqlite:')
    ? createDb({ client: 'sqlite', filename: databaseUrl.slice('sqlite:'.length) })
    : createDb({ client: 'postgres', connectionString: databaseUrl });
  try {
    const ids = [...who.sent.keys()];
    const stored = new Map<string, number>();
    const answerCounts = new Map<string, number>();
    let roundId = '';
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      for (const r of await db('responses').whereIn('id', chunk).select('id', 'round_id', 'status')) {
        stored.set(r.id, (stored.get(r.id) ?? 0) + 1);
        roundId = r.round_id;
      }
      for (const r of await db('answers')
        .whereIn('response_id', chunk)
        .groupBy('response_id')
        .select('response_id', db.raw('count(*) as n'))) {
        answerCounts.set(r.response_id, Number(r.n));
      }
    }
    const lost = [...who.acked].filter((id) => !stored.has(id)).length;
    let duplicated = 0;
    for (const [id, n] of stored) if (n > 1 || answerCounts.get(id) !== expected.get(id)) duplicated++;
    // The rollups count each submitted response of the round once: none twice, none left out.
    const until = Date.now() + 15_000;
    while (Number((await db('rollup_pending').count({ n: '*' }))[0]?.n) > 0 && Date.now() < until) await sleep(250);
    const pending = Number((await db('rollup_pending').count({ n: '*' }))[0]?.n);
    const inRollups = Number(
      (await db('rollup_organisations').where('round_id', roundId).sum({ n: 'responses' }))[0]?.n ?? 0,
    );
    const submitted = Number(
      (await db('responses').where({ round_id: roundId, status: 'submitted' }).count({ n: '*' }))[0]?.n ?? 0,
    );
    return {
      lost,
      duplicated: duplicated + Math.max(0, inRollups - submitted),
      storedNotAcked: stored.size - [...who.acked].filter((id) => stored.has(id)).length,
      rollups:
        pending === 0 && inRollups === submitted
          ? 'ok'
          : `pending=${pending} in_rollups=${inRollups} submitted=${submitted}`,
    };
  } finally {
    await db.destroy();
  }
}

type Case = {
  name: string;
  /** Why it cannot run here, or undefined. */
  unavailable: () => Promise<string | undefined>;
  run: () => Promise<boolean>;
};

/** Starts the servers, the load, the fault and the recovery; prints the case's line. */
async function underLoad(
  name: string,
  databaseUrl: string,
  processes: number,
  fault: (ctx: {
    base: string;
    who: Respondents;
    stopServer: () => Promise<void>;
    startServer: () => Promise<void>;
  }) => Promise<{
    during: string;
    recovered: string;
  }>,
): Promise<boolean> {
  const dir = tempDir('faults');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { DATABASE_QUERY_TIMEOUT_MS: '5000', DATABASE_STARTUP_WAIT_SECONDS: '30' };
  let readyFile = path.join(dir, 'ready-0');
  let server = startServerOn(databaseUrl, port, { processes, readyFile, env });
  await waitHealthy(base, server);
  await waitReady(readyFile, server, processes);
  const info = (await (await fetch(`${base}/api/invitations/${TOKEN}`)).json()) as InvitationInfo;
  const bodies = payloads(info, 32);
  const who = new Respondents(base, bodies);
  const stopServer = () => stop(server);
  const startServer = async () => {
    readyFile = path.join(dir, `ready-${Date.now()}`);
    server = startServerOn(databaseUrl, port, { processes, readyFile, env });
    await waitHealthy(base, server);
    await waitReady(readyFile, server, processes);
  };
  log(`faults: ${name}: load of ${CONCURRENCY} respondents on ${base}, load average ${loadavg()}`);
  who.start();
  await sleep(2000);
  const { during, recovered } = await fault({ base, who, stopServer, startServer });
  await sleep(2000);
  const drained = await who.finish(60_000);
  const expected = new Map(
    [...who.sent].map(([id, body]) => {
      const answers = (JSON.parse(body) as { answers: Record<string, unknown> }).answers;
      return [id, Object.keys(answers).length];
    }),
  );
  const v = await verify(databaseUrl, who, expected);
  await stop(server);
  console.log(`faults case=${name} statuses ${who.describe()} resent=${who.resent} health_during=${during}`);
  console.log(
    `faults case=${name} acked=${who.acked.size} lost=${v.lost} duplicated=${v.duplicated} recovered=${recovered}` +
      ` sent=${who.sent.size} unanswered=${who.sent.size - who.acked.size} rollups=${v.rollups}`,
  );
  return v.lost === 0 && v.duplicated === 0 && recovered !== 'no' && drained && v.rollups === 'ok';
}

const isRoot = () => process.getuid?.() === 0;
const has = (tool: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

const pgUnavailable = async () =>
  (await postgresReachable()) ? undefined : `no PostgreSQL answers at ${serverAddress()} (BENCH_PG_URL)`;

/** Cuts every connection of `name` (except the one cutting). */
const terminate = (name: string) =>
  onServer((c) =>
    c.query(
      'select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [name],
    ),
  ).then((r) => Number(r.rows[0].n));

/** The Debian cluster that serves BENCH_PG_URL's port: `15 main`. */
function pgCluster(): [string, string] | undefined {
  if (!has('pg_lsclusters')) return undefined;
  const port = new URL(process.env.BENCH_PG_URL ?? 'postgres://127.0.0.1:5432/').port || '5432';
  for (const line of sh('pg_lsclusters', ['--no-header']).split('\n')) {
    const [version, cluster, p, status] = line.trim().split(/\s+/);
    if (p === port && status?.startsWith('online')) return [version!, cluster!];
  }
  return undefined;
}

const cases: Case[] = [
  {
    name: 'pg-terminate',
    unavailable: pgUnavailable,
    async run() {
      const pg = await freshDatabase('laatupeili_faults');
      try {
        return await underLoad('pg-terminate', pg.url, 2, async ({ base }) => {
          let cut = 0;
          for (let i = 0; i < 3; i++) {
            cut += await terminate(pg.name);
            await sleep(700);
          }
          log(`faults: pg-terminate: ${cut} connections cut`);
          const during = await health(base);
          return { during, recovered: (await waitHealth(base, 20_000)) ? 'yes' : 'no' };
        });
      } finally {
        await pg.drop();
      }
    },
  },
  {
    name: 'pg-restart',
    async unavailable() {
      if (!process.argv.includes('--pg-restart'))
        return 'it stops the shared PostgreSQL cluster: run it with -- --pg-restart';
      if (!isRoot()) return 'needs root to stop and start PostgreSQL';
      if (!pgCluster()) return 'no Debian PostgreSQL cluster (pg_lsclusters) serves BENCH_PG_URL';
      return pgUnavailable();
    },
    async run() {
      const [version, cluster] = pgCluster()!;
      const pg = await freshDatabase('laatupeili_faults');
      try {
        return await underLoad('pg-restart', pg.url, 2, async ({ base }) => {
          log(`faults: pg-restart: stopping PostgreSQL ${version} ${cluster} for about 3 s`);
          const stopped = Date.now();
          let during = '';
          try {
            sh('pg_ctlcluster', [version, cluster, 'stop', '-m', 'fast']);
            await sleep(1500);
            during = await health(base);
            await sleep(1500);
          } finally {
            sh('pg_ctlcluster', [version, cluster, 'start']);
          }
          log(`faults: pg-restart: PostgreSQL back after ${Date.now() - stopped} ms`);
          return { during, recovered: (await waitHealth(base, 30_000)) ? 'yes' : 'no' };
        });
      } finally {
        await pg.drop();
      }
    },
  },
  {
    name: 'sqlite-full',
    async unavailable() {
      if (!isRoot()) return 'needs root to mount a small tmpfs';
      return has('mount') ? undefined : 'no mount command';
    },
    async run() {
      const mnt = tempDir('faults-full');
      sh('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mnt]);
      const filler = path.join(mnt, 'filler');
      try {
        return await underLoad(
          'sqlite-full',
          `sqlite:${path.join(mnt, 'laatupeili.sqlite')}`,
          1,
          async ({ base, who }) => {
            const fd = fs.openSync(filler, 'w');
            for (const size of [1 << 20, 64 << 10, 4 << 10, 512]) {
              const chunk = Buffer.alloc(size);
              try {
                for (;;) fs.writeSync(fd, chunk);
              } catch {}
            }
            fs.closeSync(fd);
            log(`faults: sqlite-full: ${mnt} full (${fs.statSync(filler).size} bytes of filler)`);
            const before = who.statuses.get('503 storage_full') ?? 0;
            await sleep(3000);
            const during = await health(base);
            log(
              `faults: sqlite-full: ${(who.statuses.get('503 storage_full') ?? 0) - before} submits answered 503 storage_full`,
            );
            fs.rmSync(filler);
            return { during, recovered: (await waitHealth(base, 20_000)) ? 'yes' : 'no' };
          },
        );
      } finally {
        sh('umount', ['-l', mnt]);
      }
    },
  },
  {
    name: 'sqlite-readonly',
    async unavailable() {
      if (!isRoot()) return 'needs root to mount a loop device';
      for (const tool of ['mkfs.ext4', 'e2fsck', 'losetup', 'mount']) if (!has(tool)) return `needs ${tool}`;
      return undefined;
    },
    async run() {
      const dir = tempDir('faults-ro');
      const image = path.join(dir, 'disk.img');
      const mnt = path.join(dir, 'mnt');
      fs.mkdirSync(mnt);
      sh('truncate', ['-s', '64M', image]);
      sh('mkfs.ext4', ['-q', '-F', image]);
      const mount = () => sh('mount', ['-o', 'loop,errors=remount-ro', image, mnt]);
      mount();
      const device = path.basename(sh('findmnt', ['-no', 'SOURCE', mnt]).trim());
      try {
        return await underLoad('sqlite-readonly', `sqlite:${path.join(mnt, 'laatupeili.sqlite')}`, 1, async (ctx) => {
          fs.writeFileSync(`/sys/fs/ext4/${device}/trigger_fs_error`, '1');
          log(`faults: sqlite-readonly: ${mnt} is read-only now (${sh('findmnt', ['-no', 'OPTIONS', mnt]).trim()})`);
          await sleep(3000);
          const during = await health(ctx.base);
          // A file system the kernel turned read-only comes back writable only unmounted and checked.
          await ctx.stopServer();
          sh('umount', [mnt]);
          try {
            sh('e2fsck', ['-fy', image]);
          } catch {} // exit code 1: errors corrected
          mount();
          await ctx.startServer();
          return { during, recovered: (await waitHealth(ctx.base, 20_000)) ? 'after-restart' : 'no' };
        });
      } finally {
        try {
          sh('umount', [mnt]);
        } catch {
          sh('umount', ['-l', mnt]);
        }
      }
    },
  },
];

async function main(): Promise<void> {
  const only = process.argv.includes('--case') ? process.argv[process.argv.indexOf('--case') + 1] : undefined;
  log(`faults: ${os.cpus().length} CPUs, load average ${loadavg()} at the start`);
  let ok = true;
  for (const c of cases) {
    if (only && c.name !== only) continue;
    const why = await c.unavailable();
    if (why) {
      console.log(`faults case=${c.name} skipped: ${why}`);
      continue;
    }
    ok = (await c.run()) && ok;
  }
  console.log(`faults: load average ${loadavg()} at the end`);
  process.exitCode = ok ? 0 : 1;
}

await runScript(main);
