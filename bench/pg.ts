/**
 * A fresh PostgreSQL database for a benchmark: created at the start (an old
 * one of the same name, left by a killed run, is dropped first) and dropped at
 * the end. BENCH_PG_URL names the server (default: the local one, as the
 * PostgreSQL tests use it).
 */
import pg from 'pg';

const SERVER_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type BenchDatabase = { url: string; name: string; drop: () => Promise<void> };

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Runs `sql` on the server's maintenance database. */
export async function onServer<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function freshDatabase(name: string): Promise<BenchDatabase> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  await onServer(async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
  return {
    url: withDatabase(SERVER_URL, name),
    name,
    drop: () => onServer((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}

/** Whether a PostgreSQL server answers at BENCH_PG_URL. */
export async function postgresReachable(): Promise<boolean> {
  return onServer(async (c) => c.query('select 1')).then(
    () => true,
    () => false,
  );
}

/** The address of BENCH_PG_URL without a password, for messages. */
export function serverAddress(): string {
  const u = new URL(SERVER_URL);
  return `${u.hostname}:${u.port || '5432'}`;
}
