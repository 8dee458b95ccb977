/**
 * Several server processes on one port (node:cluster; the primary hands each
 * new connection to the next process in turn): the benchmarks' stand-in for
 * several servers behind a load balancer. The first process starts alone
 * (migrations, demo data), then the others, as a deployment runs
 * `npm run migrate` once before starting its servers. BENCH_PROCESSES says how
 * many; BENCH_READY_FILE is written when all listen. SIGTERM stops them all.
 */
import cluster from 'node:cluster';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const processes = Number(process.env.BENCH_PROCESSES ?? 2);
let stopping = false;
let listening = 0;

cluster.setupPrimary({ exec: path.join(ROOT, 'server/src/main.ts'), execArgv: process.execArgv });
cluster.on('listening', () => {
  listening++;
  if (listening === 1) for (let i = 1; i < processes; i++) cluster.fork();
  if (listening === processes && process.env.BENCH_READY_FILE) fs.writeFileSync(process.env.BENCH_READY_FILE, 'ready');
});
cluster.on('exit', (worker, code, signal) => {
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  process.stderr.write(`cluster: server process ${worker.process.pid} exited (${signal ?? code}); stopping all\n`);
  stop(1);
});

function stop(code: number) {
  stopping = true;
  for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  setTimeout(() => process.exit(code), 8000).unref();
  if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(code);
}
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => stop(0));
cluster.fork();
