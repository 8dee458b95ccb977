/**
 * Test databases and factories. Each test file gets a fresh SQLite file
 * (or, with TEST_DATABASE_URL=postgres://…, a fresh schema on PostgreSQL).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createApp } from '../app';
import { loadInstruments } from '../bootstrap';
import { type AppSettings, DEFAULT_SETTINGS, ROOT_DIR } from '../config';
import { createDb, type Db, migrate, nowIso } from '../db/knex';
import { seedRegions } from '../db/seed';

export const silentLogger = pino({ level: 'silent' });

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? '';
/** A schema older than this is left over from a killed run: no test file lives so long. */
const STALE_SCHEMA_MS = 60 * 60 * 1000;
let staleSchemasSwept = false;

/**
 * A fresh, migrated database with the regions and the shipped instruments.
 * `db.destroy()` also removes it: the SQLite file, or the PostgreSQL schema.
 */
export async function createTestDb(): Promise<Db> {
  const db = /^postgres(ql)?:\/\//.test(TEST_DATABASE_URL)
    ? await createPostgresTestDb(TEST_DATABASE_URL)
    : createSqliteTestDb();
  try {
    await migrate(db);
    await seedRegions(db);
    await loadInstruments(db, path.join(ROOT_DIR, 'instruments'));
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return db;
}

function createSqliteTestDb(): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laatupeili-test-'));
  const db = createDb({ client: 'sqlite', filename: path.join(dir, 'test.sqlite') });
  return removeOnDestroy(db, async (destroy) => {
    await destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });
}

/** Test files run in parallel processes, so each database is a schema of its own. */
async function createPostgresTestDb(connectionString: string): Promise<Db> {
  // The creation time in the name lets a later run drop what a killed run left behind.
  const schema = `t_${Date.now().toString(36)}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const db = createDb({ client: 'postgres', connectionString, schema });
  if (!staleSchemasSwept) {
    staleSchemasSwept = true;
    await dropStaleSchemas(db);
  }
  await db.raw('CREATE SCHEMA ??', [schema]);
  return removeOnDestroy(db, async (destroy) => {
    try {
      await db.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [schema]);
    } finally {
      await destroy();
    }
  });
}

async function dropStaleSchemas(db: Db): Promise<void> {
  const { rows } = await db.raw<{ rows: { name: string }[] }>(
    "SELECT nspname AS name FROM pg_namespace WHERE nspname ~ '^t_[0-9a-z]+_[0-9a-f]{12}$'",
  );
  const cutoff = Date.now() - STALE_SCHEMA_MS;
  for (const { name } of rows) {
    if (Number.parseInt(name.split('_')[1] ?? '', 36) >= cutoff) continue;
    // Another run may be dropping the same schema at this moment; either way it goes.
    await db.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [name]).catch(() => undefined);
  }
}

function removeOnDestroy(db: Db, remove: (destroy: () => Promise<void>) => Promise<void>): Db {
  const destroy = db.destroy.bind(db) as () => Promise<void>;
  // knex defines destroy as a read-only (but configurable) property, so it is redefined, not assigned.
  Object.defineProperty(db, 'destroy', { value: () => remove(destroy), configurable: true });
  return db;
}

/**
 * The application on a test database; `settings` override the configuration's
 * defaults. Results wait for the responses a test has just submitted (tests
 * read what they wrote); applier.test.ts shows the lag without the wait.
 */
export function createTestApp(
  db: Db,
  clientDir = path.join(ROOT_DIR, 'client', 'dist'),
  settings: Partial<AppSettings> = {},
) {
  return createApp({
    db,
    logger: silentLogger,
    clientDir,
    settings: { ...DEFAULT_SETTINGS, resultsWaitMs: 5000, ...settings },
  });
}

export async function buildOrganisation(
  db: Db,
  overrides: Partial<{ id: string; name: string; region_code: string }> = {},
) {
  const row = {
    id: randomUUID(),
    name: `Testiorganisaatio ${Math.floor(Math.random() * 1e6)}`,
    region_code: '11',
    created_at: nowIso(),
    ...overrides,
  };
  await db('organisations').insert({ ...row, name_fi: row.name });
  return row;
}

const DAY = 24 * 60 * 60 * 1000;

export async function buildRound(
  db: Db,
  overrides: Partial<{
    id: string;
    instrumentId: string;
    version: string;
    organisationIds: string[];
    opensAt: Date;
    closesAt: Date;
    minGroupSize: number;
    minTextGroupSize: number;
    shareGroupAnswers: boolean;
    /** The region of a coordinator's round; unset: a national round. */
    regionCode: string | null;
  }> = {},
) {
  const version = await db('instrument_versions')
    .where({ instrument_id: overrides.instrumentId ?? 'elo-quality', version: overrides.version ?? '1.0.0' })
    .first();
  if (!version) throw new Error('instrument version for the test round is missing');
  const id = overrides.id ?? randomUUID();
  await db('rounds').insert({
    id,
    name_fi: 'Testikierros',
    name_sv: 'Testomgång',
    name_en: 'Test round',
    instrument_version_id: version.id,
    opens_at: (overrides.opensAt ?? new Date(Date.now() - DAY)).toISOString(),
    closes_at: (overrides.closesAt ?? new Date(Date.now() + 30 * DAY)).toISOString(),
    min_group_size: overrides.minGroupSize ?? 1,
    min_text_group_size: overrides.minTextGroupSize ?? null,
    share_group_answers: overrides.shareGroupAnswers ?? false,
    region_code: overrides.regionCode ?? null,
    created_at: nowIso(),
  });
  const organisationIds = overrides.organisationIds ?? [];
  if (organisationIds.length > 0) {
    await db('round_organisations').insert(organisationIds.map((o) => ({ round_id: id, organisation_id: o })));
  }
  return { id, instrumentVersionId: version.id as number };
}

/** A second handle on the same test database, as another server process (or one restarted) would open it. */
export function openAgain(db: Db): Db {
  const config = db.client.config as {
    client: string;
    connection: string | { filename?: string };
    searchPath?: string;
  };
  const c = config.connection;
  if (config.client === 'pg') {
    return createDb({ client: 'postgres', connectionString: TEST_DATABASE_URL, schema: config.searchPath });
  }
  return createDb({ client: 'sqlite', filename: typeof c === 'string' ? c : (c.filename ?? '') });
}
