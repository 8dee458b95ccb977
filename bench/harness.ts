/**
 * What the load, crash and submit benchmarks share: a free port, the real
 * server (or another script) in one Node process so that a signal reaches it,
 * waiting for health, stopping, and cleaning up children and temp folders on exit.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const log = (message: string) => process.stderr.write(`${message}\n`);

const children = new Set<ChildProcess>();
const tempDirs: string[] = [];

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** A temp folder removed when the process exits. */
export function tempDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `laatupeili-${name}-`));
  tempDirs.push(dir);
  return dir;
}

/** One Node process, no tsx wrapper process in between: a signal reaches the script itself. */
export function spawnNode(args: string[], env: Record<string, string>, nodeArgs: string[] = []): ChildProcess {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** The real server on a SQLite file, with the demo data (links demo-1 … demo-9). */
export function startServer(file: string, port: number, nodeArgs: string[] = []): ChildProcess {
  return spawnNode(
    ['server/src/main.ts'],
    { PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: `sqlite:${file}`, DEMO: 'true', LOG_LEVEL: 'warn' },
    nodeArgs,
  );
}

export async function waitHealthy(base: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} while starting`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${base} did not become healthy in ${timeoutMs} ms`);
}

export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** SIGTERM, then SIGKILL after 10 s. */
export function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
  child.kill('SIGTERM');
  return exited(child).then(() => clearTimeout(force));
}

/** The machine's load average (1, 5, 15 min): benchmarks print it at their start and end. */
export const loadavg = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

/** Runs a script's main, then ends the process (open sockets of a load generator must not keep it running). */
export async function runMain(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (err) {
    console.error(err);
    process.exitCode = 1;
  }
  process.exit();
}

process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
