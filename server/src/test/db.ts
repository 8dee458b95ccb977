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
import { ROOT_DIR } from '../config';
import { createDb, type Db, migrate, nowIso } from '../db/knex';
import { seedRegions } from '../db/seed';

export const silentLogger = pino({ level: 'silent' });

export async function createTestDb(): Promise<Db> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'laatupeili-test-'));
  const db = createDb({ client: 'sqlite', filename: path.join(dir, 'test.sqlite') });
  await migrate(db);
  await seedRegions(db);
  await loadInstruments(db, path.join(ROOT_DIR, 'instruments'));
  return db;
}

export function createTestApp(db: Db, clientDir = path.join(ROOT_DIR, 'client', 'dist')) {
  return createApp({ db, logger: silentLogger, clientDir });
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
  await db('organisations').insert(row);
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
    created_at: nowIso(),
  });
  const organisationIds = overrides.organisationIds ?? [];
  if (organisationIds.length > 0) {
    await db('round_organisations').insert(organisationIds.map((o) => ({ round_id: id, organisation_id: o })));
  }
  return { id, instrumentVersionId: version.id as number };
}
